using BenchmarkDotNet.Attributes;
using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Profiles;

namespace Bleiberecht.Rules.Benchmarks;

/// <summary>The rule sets of the bulk benchmarks: the IMK base rule and the 16 Land profiles.</summary>
public static class BenchmarkRuleSets
{
    public static IReadOnlyList<RuleSet> All { get; } =
        [RuleSet.Imk2006, .. ProfileCatalog.All.Where(p => p.Kind == ProfileKind.Land).Select(ProfileCatalog.ToRuleSet)];

    public static IEnumerable<string> Names => All.Select(r => r.Name);

    /// <summary>The 178,326 generated households as one batch (built once per process).</summary>
    public static Lazy<HouseholdBatch> Batch { get; } = new(() => HouseholdBatch.Create(SyntheticPopulation.Create(SyntheticPopulation.GeduldeteDe2006)));
}

/// <summary>(b) The bulk path over 178,326 households (the Geduldete of 31.10.2006) per rule set; per household.</summary>
[MemoryDiagnoser]
public class BulkRuleSetBenchmarks
{
    private HouseholdBatch _batch = null!;
    private CompiledRuleSet _rules = null!;
    private BulkResult[] _results = [];

    [ParamsSource(typeof(BenchmarkRuleSets), nameof(BenchmarkRuleSets.Names))]
    public string RuleSet { get; set; } = "IMK-2006";

    [GlobalSetup]
    public void Setup()
    {
        _batch = BenchmarkRuleSets.Batch.Value;
        _rules = CompiledRuleSet.Compile(BenchmarkRuleSets.All.Single(r => r.Name == RuleSet));
        _results = new BulkResult[_batch.PersonCount];
    }

    [Benchmark(OperationsPerInvoke = SyntheticPopulation.GeduldeteDe2006, Description = "bulk, parallel, per household")]
    public void Bulk() => BulkEvaluator.Evaluate(_batch, _rules, _results, parallel: true);
}

/// <summary>
/// (b) All 178,326 households under all 17 rule sets in one operation (target: 0.24 s on 2 cores): one rule set after
/// the other (baseline), and as one group (<see cref="CompiledRuleSets"/>: each household under every rule set in turn,
/// taking over what an earlier rule set computed alike).
/// </summary>
[MemoryDiagnoser]
public class AllRuleSetsBenchmark
{
    private HouseholdBatch _batch = null!;
    private CompiledRuleSet[] _rules = [];
    private CompiledRuleSets _group = null!;
    private BulkResult[] _results = [];
    private Memory<BulkResult>[] _groupResults = [];

    [GlobalSetup]
    public void Setup()
    {
        _batch = BenchmarkRuleSets.Batch.Value;
        _rules = BenchmarkRuleSets.All.Select(CompiledRuleSet.Compile).ToArray();
        _group = new CompiledRuleSets(_rules);
        _results = new BulkResult[_batch.PersonCount];
        _groupResults = [.. _rules.Select(_ => (Memory<BulkResult>)new BulkResult[_batch.PersonCount])];

        // The group must give exactly the results of each rule set alone.
        BulkEvaluator.Evaluate(_batch, _group, _groupResults, parallel: true);
        var same = 0;
        foreach (var (rules, r) in _rules.Select((c, r) => (c, r)))
        {
            BulkEvaluator.Evaluate(_batch, rules, _results, parallel: true);
            same += _results.AsSpan().SequenceEqual(_groupResults[r].Span) ? 1 : 0;
        }

        Console.WriteLine($"// population: {_batch.HouseholdCount} households, {_batch.PersonCount} persons; rule sets: {_rules.Length}; group == one by one: {same}/{_rules.Length}");
        if (same != _rules.Length)
        {
            throw new InvalidOperationException("the group's results differ from the rule sets' own");
        }
    }

    [Benchmark(Baseline = true, Description = "bulk, 178,326 households x 17 rule sets one by one, parallel")]
    public void AllRuleSets()
    {
        foreach (var rules in _rules)
        {
            BulkEvaluator.Evaluate(_batch, rules, _results, parallel: true);
        }
    }

    [Benchmark(Description = "bulk, 178,326 households x 17 rule sets as one group, parallel")]
    public void AllRuleSetsAsGroup() => BulkEvaluator.Evaluate(_batch, _group, _groupResults, parallel: true);
}
