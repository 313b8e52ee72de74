using System.Collections.Concurrent;
using System.Text;
using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Serialization;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bleiberecht.Rules.Tests.Bulk;

/// <summary>
/// The bulk path and the explain path agree on every person's outcome and failed elements, and on the household
/// outcome, for generated households under every rule set (base, every profile, option corners) and for the
/// samples. Any disagreement is a bug in one of them; the message carries the case to replay.
/// </summary>
public class BulkEquivalenceTests
{
    private static readonly ConcurrentDictionary<string, CompiledRuleSet> Compiled = new(StringComparer.Ordinal);

    private static CompiledRuleSet Compile(RuleSet r) => r.Regime == Rules.Regimes.Regime.Imk2006 ? Compiled.GetOrAdd(r.Name, _ => CompiledRuleSet.Compile(r)) : CompiledRuleSet.Compile(r);

    /// <summary>Differences between the two paths for these households under this rule set (empty = equal).</summary>
    internal static IReadOnlyList<string> Differences(IReadOnlyList<Household> households, RuleSet ruleSet, bool parallel = false, Func<RuleSet, CompiledRuleSet>? compiled = null)
    {
        var batch = HouseholdBatch.Create(households);
        var results = new BulkResult[batch.PersonCount];
        var perHousehold = new BulkHouseholdResult[batch.HouseholdCount];
        BulkEvaluator.Evaluate(batch, (compiled ?? Compile)(ruleSet), results, perHousehold, parallel);
        var problems = new List<string>();
        for (var h = 0; h < households.Count; h++)
        {
            var explained = Evaluator.Evaluate(households[h], ruleSet);
            var first = batch.FirstMember(h);
            var sb = new StringBuilder();
            if (batch.MemberCount(h) != explained.Members.Count)
            {
                sb.AppendLine($"  member count {batch.MemberCount(h)} vs {explained.Members.Count}");
            }

            for (var i = 0; i < explained.Members.Count; i++)
            {
                var e = explained.Members[i];
                var b = results[first + i];
                var mask = ruleSet.Regime.MaskOf(e.Grounds);
                if (b.Outcome != e.Outcome || b.Failures != mask || b.HouseholdOutcome != explained.Outcome)
                {
                    sb.AppendLine($"  {e.PersonId}: explain {e.Outcome} [{string.Join(", ", ruleSet.Regime.IdsOf(mask))}] household {explained.Outcome}; bulk {b.Outcome} [{string.Join(", ", ruleSet.Regime.IdsOf(b.Failures))}] household {b.HouseholdOutcome}");
                }
            }

            if (perHousehold[h].Outcome != explained.Outcome || perHousehold[h].Failures != ruleSet.Regime.MaskOf(explained.Grounds))
            {
                sb.AppendLine($"  household: explain {explained.Outcome} [{string.Join(", ", ruleSet.Regime.IdsOf(ruleSet.Regime.MaskOf(explained.Grounds)))}]; bulk {perHousehold[h].Outcome} [{string.Join(", ", ruleSet.Regime.IdsOf(perHousehold[h].Failures))}]");
            }

            if (sb.Length > 0)
            {
                problems.Add($"rule set {ruleSet.Name}, household {h}:\n{sb}{CaseJson.Write(households[h])}");
            }
        }

        return problems;
    }

    [Property(MaxTest = 400, Arbitrary = [typeof(BulkGenerators)])]
    public void Bulk_and_explain_agree_under_every_rule_set(Population population)
    {
        var problems = BulkGenerators.RuleSets.SelectMany(r => Differences(population.Households, r)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(3)));
    }

    [Fact]
    public void Bulk_and_explain_agree_on_the_samples_under_every_rule_set()
    {
        var samples = Directory.GetFiles(RepoPaths.Samples, "*.json").Order(StringComparer.Ordinal).SelectMany(f => CaseJson.ReadFile(f)).ToList();
        Assert.NotEmpty(samples);
        var problems = BulkGenerators.RuleSets.SelectMany(r => Differences(samples, r, parallel: true)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(3)));
    }

    [Fact]
    public void Rule_sets_cover_the_base_and_every_profile()
    {
        Assert.Equal(1 + Rules.Profiles.ProfileCatalog.All.Count, BulkGenerators.RuleSets.Count(r => !r.Name.StartsWith("corner:", StringComparison.Ordinal)));
        Assert.Equal(BulkGenerators.RuleSets.Count, BulkGenerators.RuleSets.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_household_larger_than_the_stack_buffer_agrees()
    {
        var gen = BulkGenerators.WildHousehold();
        var sample = gen.Sample(60, 60).ToList();
        var members = sample.SelectMany(h => h.Members).Take(45).Select((p, i) => p with { Id = $"m{i:00}" }).ToList();
        Assert.True(members.Count > 32);
        var big = sample[0] with { Members = members };
        var problems = BulkGenerators.RuleSets.SelectMany(r => Differences([big], r)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(2)));
    }
}
