using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;

namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>
/// Paths over a population: per rule set, the distribution of the shortest path length that gives every member of a
/// household a permit, and how often a single change is enough — with 95 % percentile-bootstrap intervals.
/// </summary>
/// <param name="Households">Households in the population.</param>
/// <param name="MaxChanges">Largest path size searched (k).</param>
/// <param name="Resamples">Bootstrap resamples.</param>
/// <param name="BootstrapSeed">Seed of the bootstrap.</param>
/// <param name="Rows">One row per rule set, in the order given.</param>
/// <remarks>
/// Everything runs on the bulk path: the population is decided once per rule set; a household not granted is
/// answered first where the decision is pending (favourable answers, as in <see cref="PathSearch"/>), then tested
/// with every change of its catalogue at once — if even that does not grant, its length is "none" (this rests on the
/// changes only ever helping, which the property tests check against the exhaustive <see cref="PathSearch"/>) —
/// and otherwise searched by size until the first size that grants. The change sets of one size are decided as one
/// batch under every rule set that still searches.
/// </remarks>
public sealed record PathSummary(int Households, int MaxChanges, int Resamples, long BootstrapSeed, IReadOnlyList<PathSummaryRow> Rows)
{
    private const byte NoKinds = 0;

    /// <summary>Summarises the paths of a population under each rule set.</summary>
    /// <param name="population">The households.</param>
    /// <param name="ruleSets">The rule sets (e.g. <see cref="WhereQualifies.AllRuleSets"/>, or the base rule and the 16 Länder).</param>
    /// <param name="options">Size limit, bootstrap; <see cref="PathSummaryOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">A target member is set, or there are no rule sets.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its documented range.</exception>
    public static PathSummary Run(IReadOnlyList<Household> population, IReadOnlyList<RuleSet> ruleSets, PathSummaryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(ruleSets);
        options ??= PathSummaryOptions.Default;
        var search = options.Search ?? PathSearchOptions.Default;
        search.Validate();
        if (search.MemberId is not null)
        {
            throw new ArgumentException("The population summary's target is the whole household: leave MemberId null.", nameof(options));
        }

        if (ruleSets.Count == 0)
        {
            throw new ArgumentException("At least one rule set is needed.", nameof(ruleSets));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.Resamples);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Resamples, 10_000);
        var k = search.MaxChanges;
        var n = population.Count;
        var rs = ruleSets.Count;
        var compiled = ruleSets.Select(CompiledRuleSet.Compile).ToArray();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1 };

        // As is: the whole population once per rule set.
        var batch = HouseholdBatch.Create(population);
        var category = new byte[rs][];
        var kinds = new byte[rs][];
        var pending = new bool[rs][];
        var results = new BulkResult[batch.PersonCount];
        for (var r = 0; r < rs; r++)
        {
            BulkEvaluator.Evaluate(batch, compiled[r], results, parallel: options.MaxDegreeOfParallelism != 1);
            category[r] = new byte[n];
            kinds[r] = new byte[n];
            pending[r] = new bool[n];
            for (var h = 0; h < n; h++)
            {
                category[r][h] = PathEngine.Granted(batch, results, h, -1) ? (byte)0 : byte.MaxValue;
                var first = batch.FirstMember(h);
                for (var m = 0; m < batch.MemberCount(h); m++)
                {
                    pending[r][h] |= results[first + m].Outcome == Outcome.Pending;
                }
            }
        }

        Parallel.For(0, n, parallel, h => SearchHousehold(population[h], h, ruleSets, compiled, category, kinds, pending, search));
        return new PathSummary(n, k, options.Resamples, options.BootstrapSeed, BuildRows(ruleSets, category, kinds, k, options, parallel));
    }

    /// <summary>Finds the shortest path length of one household under every rule set that does not grant it as is.</summary>
    private static void SearchHousehold(Household household, int h, IReadOnlyList<RuleSet> ruleSets, CompiledRuleSet[] compiled, byte[][] category, byte[][] kinds, bool[][] pending, PathSearchOptions search)
    {
        var plain = new List<int>();
        for (var r = 0; r < ruleSets.Count; r++)
        {
            if (category[r][h] != 0)
            {
                if (pending[r][h])
                {
                    var decision = Evaluator.Evaluate(household, ruleSets[r]);
                    var answered = PathSearch.Settle(PathSearch.Answer(household, ruleSets[r], decision, -1).Answered);
                    Group(answered, [r], compiled, category, kinds, h, search, checkAsIs: true);
                }
                else
                {
                    plain.Add(r);
                }
            }
        }

        if (plain.Count > 0)
        {
            var settled = PathSearch.Settle(household);
            Group(settled, plain, compiled, category, kinds, h, search, checkAsIs: !ReferenceEquals(settled, household));
        }
    }

    /// <summary>Searches one (possibly answered) household under several rule sets at once, stopping each at its first granting size.</summary>
    private static void Group(Household household, List<int> open, CompiledRuleSet[] compiled, byte[][] category, byte[][] kinds, int h, PathSearchOptions search, bool checkAsIs)
    {
        var k = search.MaxChanges;
        var catalogue = ChangeCatalog.For(household, search);
        var engine = new PathEngine(household, catalogue, -1);
        var probe = checkAsIs ? new[] { household, engine.Apply(engine.Everything()) } : [engine.Apply(engine.Everything())];
        var probeBatch = HouseholdBatch.Create(probe);
        var results = new BulkResult[probeBatch.PersonCount];
        var hs = new BulkHouseholdResult[probeBatch.HouseholdCount];
        for (var i = open.Count - 1; i >= 0; i--)
        {
            var r = open[i];
            PathEngine.Decide(probeBatch, compiled[r], results, hs);
            if (checkAsIs && PathEngine.Granted(probeBatch, results, 0, -1))
            {
                category[r][h] = 0;
                open.RemoveAt(i);
            }
            else if (!PathEngine.Granted(probeBatch, results, probe.Length - 1, -1))
            {
                category[r][h] = (byte)(k + 2); // none
                open.RemoveAt(i);
            }
        }

        for (var size = 1; size <= Math.Min(k, engine.Count) && open.Count > 0; size++)
        {
            var candidates = engine.Candidates(size, []);
            var households = new Household[candidates.Count];
            for (var i = 0; i < candidates.Count; i++)
            {
                households[i] = engine.Apply(candidates[i]);
            }

            var b = HouseholdBatch.Create(households);
            results = new BulkResult[b.PersonCount];
            hs = new BulkHouseholdResult[b.HouseholdCount];
            for (var j = open.Count - 1; j >= 0; j--)
            {
                var r = open[j];
                PathEngine.Decide(b, compiled[r], results, hs);
                var hit = false;
                byte kindBits = NoKinds;
                for (var i = 0; i < candidates.Count; i++)
                {
                    if (PathEngine.Granted(b, results, i, -1))
                    {
                        hit = true;
                        if (size == 1)
                        {
                            kindBits |= (byte)(1 << (int)catalogue[System.Numerics.BitOperations.TrailingZeroCount(candidates[i])].Kind);
                        }
                    }
                }

                if (hit)
                {
                    category[r][h] = (byte)size;
                    kinds[r][h] = kindBits;
                    open.RemoveAt(j);
                }
            }
        }

        foreach (var r in open)
        {
            category[r][h] = (byte)(k + 1); // more than k
        }
    }

    private static List<PathSummaryRow> BuildRows(IReadOnlyList<RuleSet> ruleSets, byte[][] category, byte[][] kinds, int k, PathSummaryOptions options, ParallelOptions parallel)
    {
        var n = category[0].Length;
        var rs = ruleSets.Count;
        var cats = k + 3;
        var kindCount = Enum.GetValues<FactChangeKind>().Length;
        var b = options.Resamples;

        // Per replicate and rule set: weighted counts of each length, of each single-change kind, of households not granted.
        var repLength = new double[b][];
        var repKind = new double[b][];
        Parallel.For(0, b, parallel, i =>
        {
            var weights = new int[n];
            PercentileBootstrap.Weights(options.BootstrapSeed, i, weights);
            var lengths = new double[rs * cats];
            var kindShares = new double[rs * kindCount];
            for (var r = 0; r < rs; r++)
            {
                var c = category[r];
                var kd = kinds[r];
                var counts = new long[cats];
                var kc = new long[kindCount];
                for (var h = 0; h < n; h++)
                {
                    var w = weights[h];
                    if (w == 0)
                    {
                        continue;
                    }

                    counts[c[h]] += w;
                    var bits = kd[h];
                    while (bits != 0)
                    {
                        var t = System.Numerics.BitOperations.TrailingZeroCount(bits);
                        kc[t] += w;
                        bits &= (byte)(bits - 1);
                    }
                }

                var notGranted = n - counts[0];
                for (var x = 0; x < cats; x++)
                {
                    lengths[(r * cats) + x] = n == 0 ? 0 : (double)counts[x] / n;
                }

                for (var x = 0; x < kindCount; x++)
                {
                    kindShares[(r * kindCount) + x] = notGranted == 0 ? 0 : (double)kc[x] / notGranted;
                }
            }

            repLength[i] = lengths;
            repKind[i] = kindShares;
        });

        var rows = new List<PathSummaryRow>(rs);
        for (var r = 0; r < rs; r++)
        {
            var counts = new int[cats];
            var kc = new int[kindCount];
            for (var h = 0; h < n; h++)
            {
                counts[category[r][h]]++;
                for (var x = 0; x < kindCount; x++)
                {
                    kc[x] += (kinds[r][h] >> x) & 1;
                }
            }

            var notGranted = n - counts[0];
            var lengths = new List<PathLengthShare>(cats);
            for (var x = 0; x < cats; x++)
            {
                var label = x <= k ? x.ToString(System.Globalization.CultureInfo.InvariantCulture) : x == k + 1 ? $">{k}" : "none";
                var point = n == 0 ? 0 : (double)counts[x] / n;
                lengths.Add(new PathLengthShare(label, counts[x], Estimate(point, repLength, (r * cats) + x)));
            }

            var singles = new List<SingleChangeShare>();
            for (var x = 0; x < kindCount; x++)
            {
                if (kc[x] > 0)
                {
                    var point = notGranted == 0 ? 0 : (double)kc[x] / notGranted;
                    singles.Add(new SingleChangeShare((FactChangeKind)x, kc[x], Estimate(point, repKind, (r * kindCount) + x)));
                }
            }

            singles.Sort((a, c) => c.Households != a.Households ? c.Households.CompareTo(a.Households) : a.Kind.CompareTo(c.Kind));
            rows.Add(new PathSummaryRow(ruleSets[r].Name, n, notGranted, lengths, singles));
        }

        return rows;
    }

    private static ShareEstimate Estimate(double point, double[][] replicates, int index)
    {
        var values = new double[replicates.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = replicates[i][index];
        }

        var (lo, hi) = PercentileBootstrap.Interval(values, point);
        return new ShareEstimate(point, lo, hi);
    }
}
