using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Bulk;
using Bleiberecht.Rules.Tests.Serialization;
using Bleiberecht.Rules.Variants;

namespace Bleiberecht.Rules.Tests.Fuzz;

/// <summary>
/// The mutation fuzzer: mutates the bundled case and variant documents and checks four laws on each — a rejected
/// document raises only <see cref="JsonDocumentException"/> and every problem has a path, line and column; the
/// explain and bulk paths agree on everything that loads; filling an unknown fact never changes an outcome that was
/// definite (not Pending); and no document takes longer than <see cref="TimeBound"/>. Document <c>i</c> of a run
/// with seed <c>s</c> depends only on (s, i), so any finding can be replayed alone.
/// </summary>
internal sealed class FuzzRun
{
    /// <summary>Upper bound on the time one document may take (loading, evaluating, filling, re-evaluating).</summary>
    public static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(2);

    private static readonly Lazy<string[]> CaseSeeds = new(() => [.. Directory.GetFiles(RepoPaths.Samples, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText)]);

    private static readonly Lazy<string[]> VariantSeeds = new(() => [.. Directory.GetFiles(Path.Combine(RepoPaths.Samples, "variants"), "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText)]);

    private static readonly ConcurrentDictionary<string, CompiledRuleSet> Compiled = new(StringComparer.Ordinal);

    private readonly ConcurrentQueue<string> _findings = new();
    private readonly ConcurrentQueue<int> _overBound = new();
    private long _documents;
    private long _loaded;
    private long _rejected;
    private long _crashes;
    private long _disagreements;
    private long _monotonicity;
    private long _fills;
    private long _slow;
    private long _maxTicks;

    /// <summary>Runs <paramref name="count"/> documents of seed <paramref name="seed"/> on all cores.</summary>
    public static FuzzRun Run(int seed, int count)
    {
        // One untimed pass over the seeds first: the time bound is about the code, not the JIT compiling it.
        foreach (var text in CaseSeeds.Value)
        {
            var households = CaseJson.Read(text);
            _ = BulkEquivalenceTests.Differences(households, RuleSet.Imk2006, compiled: Compile);
        }

        var run = new FuzzRun();
        Parallel.For(0, count, i => run.One(seed, i));

        // Wall time in a parallel run also measures the scheduler (other processes, the other thread): a document
        // over the bound is timed again alone, and counts as slow only if it is slow again.
        foreach (var index in run._overBound.ToList())
        {
            var again = new FuzzRun();
            var watch = Stopwatch.StartNew();
            again.One(seed, index);
            if (watch.Elapsed > TimeBound)
            {
                Interlocked.Increment(ref run._slow);
                run._findings.Enqueue($"slow (seed {seed}, document {index}): {watch.Elapsed} alone");
            }
        }

        return run;
    }

    /// <summary>Number of documents that crashed, disagreed, broke monotonicity or took too long.</summary>
    public long Failures => _crashes + _disagreements + _monotonicity + _slow;

    /// <summary>Up to ten findings, each with the seed and index to replay it.</summary>
    public IEnumerable<string> Findings => _findings.Take(10);

    /// <summary>One line with every count.</summary>
    public string Summary(int seed) =>
        $"seed {seed}: {_documents:N0} documents, {_loaded:N0} loaded, {_rejected:N0} rejected with path/line/column, " +
        $"{_crashes} crashes, {_disagreements} explain/bulk disagreements, {_fills:N0} unknowns filled, {_monotonicity} monotonicity violations, " +
        $"{_slow} over {TimeBound.TotalSeconds:0} s ({_overBound.Count} over it in the parallel run, timed again alone), slowest {TimeSpan.FromTicks(_maxTicks).TotalMilliseconds:0} ms";

    private void One(int seed, int index)
    {
        // Not HashCode.Combine: it is seeded per process, and a finding must replay in another run.
        var r = new Random(unchecked((seed * 1_000_003) + index));
        var watch = Stopwatch.StartNew();
        try
        {
            if (r.Next(5) == 0)
            {
                Variant(r, seed, index);
            }
            else
            {
                Case(r, seed, index);
            }
        }
        catch (Exception e)
        {
            Interlocked.Increment(ref _crashes);
            _findings.Enqueue($"crash (seed {seed}, document {index}): {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
        }

        var ticks = watch.Elapsed.Ticks;
        Interlocked.Increment(ref _documents);
        long seen;
        while ((seen = Interlocked.Read(ref _maxTicks)) < ticks && Interlocked.CompareExchange(ref _maxTicks, ticks, seen) != seen)
        {
        }

        if (watch.Elapsed > TimeBound)
        {
            _overBound.Enqueue(index);
        }
    }

    private void Case(Random r, int seed, int index)
    {
        var seeds = CaseSeeds.Value;
        var (text, bytes) = Mutator.Mutate(r, seeds[r.Next(seeds.Length)]);
        IReadOnlyList<Household> households;
        try
        {
            households = text is not null
                ? (r.Next(10) == 0 ? CaseJson.ReadMany(new MemoryStream(Utf8Lenient(text))).ToList() : CaseJson.Read(text, "fuzz.json"))
                : (r.Next(2) == 0 ? CaseJson.Read(new MemoryStream(bytes!), "fuzz.json") : CaseJson.ReadMany(new MemoryStream(bytes!), "fuzz.json").ToList());
        }
        catch (JsonDocumentException e)
        {
            Rejected(e, seed, index);
            return;
        }

        Interlocked.Increment(ref _loaded);
        var rules = RuleSets(r);
        var differences = rules.SelectMany(rule => BulkEquivalenceTests.Differences(households, rule, parallel: false, compiled: Compile)).ToList();
        if (differences.Count > 0)
        {
            Interlocked.Increment(ref _disagreements);
            _findings.Enqueue($"explain != bulk (seed {seed}, document {index}):\n{differences[0]}");
        }

        foreach (var household in households.Take(2))
        {
            Monotone(r, household, rules, seed, index);
        }
    }

    private void Monotone(Random r, Household household, IReadOnlyList<RuleSet> rules, int seed, int index)
    {
        var before = rules.Select(rule => Evaluator.Evaluate(household, rule)).ToList();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var node = JsonNode.Parse(CaseJson.Write(household))!;
            if (Filler.FillOne(r, node) is not { } fill)
            {
                return;
            }

            Household filled;
            try
            {
                filled = CaseJson.Read(fill.Filled.ToJsonString(), "filled.json")[0];
            }
            catch (JsonDocumentException)
            {
                // The filled value contradicts another fact (entry before birth, …): not a possible world.
                continue;
            }

            Interlocked.Increment(ref _fills);
            for (var k = 0; k < rules.Count; k++)
            {
                var after = Evaluator.Evaluate(filled, rules[k]);
                foreach (var was in before[k].Members.Where(m => m.Outcome != Outcome.Pending))
                {
                    var now = after.Members.Single(m => m.PersonId == was.PersonId);
                    if (now.Outcome != was.Outcome)
                    {
                        Interlocked.Increment(ref _monotonicity);
                        _findings.Enqueue($"filling {fill.Path} flipped {was.PersonId} from {was.Outcome} to {now.Outcome} under {rules[k].Name} (seed {seed}, document {index}):\n{CaseJson.Write(household)}");
                        return;
                    }
                }
            }
        }
    }

    private void Variant(Random r, int seed, int index)
    {
        var seeds = VariantSeeds.Value;
        var (text, bytes) = Mutator.Mutate(r, seeds[r.Next(seeds.Length)]);
        RuleVariant variant;
        try
        {
            variant = text is not null ? VariantLoader.Load(text, "fuzz-variant.json") : VariantLoader.Load(new MemoryStream(bytes!), "fuzz-variant.json");
        }
        catch (JsonDocumentException e)
        {
            Rejected(e, seed, index);
            return;
        }

        Interlocked.Increment(ref _loaded);
        var rule = variant.ToRuleSet();
        var cases = CaseSeeds.Value;
        var households = CaseJson.Read(cases[r.Next(cases.Length)]);
        var differences = BulkEquivalenceTests.Differences(households, rule, parallel: false, compiled: _ => CompiledRuleSet.Compile(rule));
        if (differences.Count > 0)
        {
            Interlocked.Increment(ref _disagreements);
            _findings.Enqueue($"explain != bulk under a fuzzed variant (seed {seed}, document {index}):\n{differences[0]}");
        }
    }

    private void Rejected(JsonDocumentException e, int seed, int index)
    {
        Interlocked.Increment(ref _rejected);
        if (e.Problems.Count == 0 || e.Problems.Any(p => p.Line is null || p.Column is null || !p.Path.StartsWith('$')))
        {
            Interlocked.Increment(ref _crashes);
            _findings.Enqueue($"problem without position (seed {seed}, document {index}): {e.Message[..Math.Min(400, e.Message.Length)]}");
        }
    }

    private static IReadOnlyList<RuleSet> RuleSets(Random r)
    {
        var all = BulkGenerators.RuleSets;
        return [RuleSet.Imk2006, all[1 + r.Next(all.Count - 1)]];
    }

    private static CompiledRuleSet Compile(RuleSet r) => Compiled.GetOrAdd(r.Name, _ => CompiledRuleSet.Compile(r));

    /// <summary>UTF-8 of text that may hold a lone surrogate, which then becomes an invalid byte sequence.</summary>
    private static byte[] Utf8Lenient(string text) => new UTF8Encoding(false, false) { }.GetBytes(text);
}
