using BenchmarkDotNet.Attributes;
using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;

namespace Bleiberecht.Rules.Benchmarks;

/// <summary>
/// All four approaches side by side on the same 10,000 generated households under the IMK base rule; every
/// number is per household (OperationsPerInvoke), the ratio is against the hand-written loop.
/// (a) explain path, (b) bulk path on one core and on all cores, (c) Microsoft RulesEngine workflow,
/// (d) hand-written straight-line loop over a struct array.
/// </summary>
[MemoryDiagnoser]
public class ComparisonBenchmarks
{
    public const int Households = 10_000;

    private IReadOnlyList<Household> _households = [];
    private HouseholdBatch _batch = null!;
    private CompiledRuleSet _rules = null!;
    private FlatCase[] _rows = [];
    private FlatPerson[] _structs = [];
    private int[] _starts = [];
    private BulkResult[] _results = [];
    private RulesEngineWorkflow _workflow = null!;

    [GlobalSetup]
    public void Setup()
    {
        _households = SyntheticPopulation.Create(Households);
        _batch = HouseholdBatch.Create(_households);
        _rules = CompiledRuleSet.Compile(RuleSet.Imk2006);
        (_rows, _starts) = Flattener.Flatten(_households);
        _structs = _rows.Select(r => r.ToStruct()).ToArray();
        _results = new BulkResult[_batch.PersonCount];
        _workflow = new RulesEngineWorkflow();
        Verify();
    }

    /// <summary>The four paths decide the same: checked once before timing (not a timing assertion).</summary>
    private void Verify()
    {
        var bulk = new BulkResult[_batch.PersonCount];
        BulkEvaluator.Evaluate(_batch, _rules, bulk, parallel: true);
        var hand = new BulkResult[_batch.PersonCount];
        FlatDecision.RunHandWritten(_structs, _starts, hand);
        var re = new BulkResult[_batch.PersonCount];
        _workflow.Run(_rows, _structs, _starts, 500, re);
        var explainAgrees = _households.Take(500).SelectMany(h => Evaluator.Evaluate(h)!.Members).Select((m, i) => m.Outcome == bulk[i].Outcome && FailureMask.From(m.Grounds) == bulk[i].Failures).All(x => x);
        var handAgrees = bulk.Zip(hand).Count(x => x.First == x.Second);
        var reAgrees = Enumerable.Range(0, _starts[500]).All(i => re[i] == hand[i]);
        Console.WriteLine($"// verify: persons {bulk.Length}; explain == bulk (first 500 households): {explainAgrees}; hand == bulk: {handAgrees}/{bulk.Length}; RulesEngine == hand (first 500 households): {reAgrees}");
        if (!explainAgrees || handAgrees != bulk.Length || !reAgrees)
        {
            throw new InvalidOperationException("the benchmarked paths disagree");
        }
    }

    [Benchmark(OperationsPerInvoke = Households, Description = "(a) explain path, 1 core")]
    public int Explain()
    {
        var n = 0;
        foreach (var h in _households)
        {
            n += (int)Evaluator.Evaluate(h).Outcome;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Households, Description = "(b) bulk path, 1 core")]
    public void BulkSequential() => BulkEvaluator.Evaluate(_batch, _rules, _results, parallel: false);

    [Benchmark(OperationsPerInvoke = Households, Description = "(b) bulk path, parallel")]
    public void BulkParallel() => BulkEvaluator.Evaluate(_batch, _rules, _results, parallel: true);

    [Benchmark(OperationsPerInvoke = Households, Description = "(c) RulesEngine 6 workflow, 1 core")]
    public void RulesEngine() => _workflow.Run(_rows, _structs, _starts, Households, _results);

    [Benchmark(Baseline = true, OperationsPerInvoke = Households, Description = "(d) hand-written loop, 1 core")]
    public void HandWritten() => FlatDecision.RunHandWritten(_structs, _starts, _results);
}
