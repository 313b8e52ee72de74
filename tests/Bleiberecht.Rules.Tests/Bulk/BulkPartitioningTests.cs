using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bleiberecht.Rules.Tests.Bulk;

/// <summary>
/// single == bulk == parallel: the results do not depend on how the households are partitioned — one household
/// per batch, one batch, ranges of any size, batches split anywhere, sequential or over all cores.
/// </summary>
public class BulkPartitioningTests
{
    private static BulkResult[] Run(IReadOnlyList<Household> households, CompiledRuleSet rules, bool parallel)
    {
        var batch = HouseholdBatch.Create(households);
        var results = new BulkResult[batch.PersonCount];
        BulkEvaluator.Evaluate(batch, rules, results, parallel);
        return results;
    }

    private static List<Household> Population(int count, int seed) =>
        Gen.Frequency((1, Properties.Generators.HouseholdGen()), (2, BulkGenerators.WildHousehold())).Sample(12, new Rnd((ulong)seed), count).ToList();

    [Fact]
    public void Parallel_sequential_single_and_split_batches_agree()
    {
        // Large enough for several parallel work items (1,024 households each).
        var households = Population(5_000, 42);
        foreach (var ruleSet in BulkGenerators.RuleSets.Where((_, i) => i % 5 == 0))
        {
            var rules = CompiledRuleSet.Compile(ruleSet);
            var sequential = Run(households, rules, parallel: false);
            Assert.Equal(sequential, Run(households, rules, parallel: true));

            var single = households.SelectMany(h => Run([h], rules, parallel: false)).ToArray();
            Assert.Equal(sequential, single);

            var split = households.Chunk(777).SelectMany(chunk => Run(chunk, rules, parallel: true)).ToArray();
            Assert.Equal(sequential, split);
        }
    }

    [Property(MaxTest = 100)]
    public bool Any_ranges_give_the_same_results(PositiveInt seed, NonNegativeInt cut1, NonNegativeInt cut2)
    {
        var households = Population(60, seed.Get);
        var batch = HouseholdBatch.Create(households);
        var rules = CompiledRuleSet.Compile(BulkGenerators.RuleSets[seed.Get % BulkGenerators.RuleSets.Count]);
        var whole = new BulkResult[batch.PersonCount];
        var wholeHouseholds = new BulkHouseholdResult[batch.HouseholdCount];
        BulkEvaluator.Evaluate(batch, rules, whole, wholeHouseholds, parallel: true);

        var a = Math.Min(cut1.Get % (batch.HouseholdCount + 1), cut2.Get % (batch.HouseholdCount + 1));
        var b = Math.Max(cut1.Get % (batch.HouseholdCount + 1), cut2.Get % (batch.HouseholdCount + 1));
        var ranged = new BulkResult[batch.PersonCount];
        var rangedHouseholds = new BulkHouseholdResult[batch.HouseholdCount];
        BulkEvaluator.EvaluateRange(batch, rules, b, batch.HouseholdCount - b, ranged, rangedHouseholds);
        BulkEvaluator.EvaluateRange(batch, rules, a, b - a, ranged, rangedHouseholds);
        BulkEvaluator.EvaluateRange(batch, rules, 0, a, ranged, rangedHouseholds);
        return whole.SequenceEqual(ranged) && wholeHouseholds.SequenceEqual(rangedHouseholds);
    }

    [Fact]
    public void An_empty_batch_and_short_buffers_are_handled()
    {
        var empty = HouseholdBatch.Create([]);
        BulkEvaluator.Evaluate(empty, CompiledRuleSet.Compile(RuleSet.Imk2006), Array.Empty<BulkResult>());
        var one = HouseholdBatch.Create([TestCases.Family()]);
        Assert.Throws<ArgumentException>(() => BulkEvaluator.Evaluate(one, CompiledRuleSet.Compile(RuleSet.Imk2006), new BulkResult[one.PersonCount - 1]));
    }

    [Fact]
    public void A_result_is_eight_bytes()
    {
        Assert.Equal(8, System.Runtime.CompilerServices.Unsafe.SizeOf<BulkResult>());
    }
}
