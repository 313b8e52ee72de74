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
/// answered first where the decision is pending (favourable answers, as in <see cref="PathSearch"/>), then searched
/// by size until the first size that grants, exactly as the exhaustive <see cref="PathSearch"/> (the changes do not
/// always help, so no set of changes is ruled out from a larger one failing). A household without a path of at most
/// k changes is "&gt;k" if every change of its catalogue at once grants and "none" if even that does not. Before the
/// search, a member refused (or given the job-search Duldung) with every changeable fact unknown is refused under every
/// change set (the fill law): "none" at once. The change sets of one size are decided as one batch under every rule
/// set that still searches.
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

        // Rule sets with equal options, no dated options and the same regime decide alike (several Länder state no
        // deviation from the base rule): search each such group once and copy.
        var same = new int[rs];
        for (var r = 0; r < rs; r++)
        {
            same[r] = r;
            for (var q = 0; q < r; q++)
            {
                if (same[q] == q && ReferenceEquals(ruleSets[q].Regime, ruleSets[r].Regime) && ruleSets[q].Options == ruleSets[r].Options
                    && ruleSets[q].DatedOptions.Count == 0 && ruleSets[r].DatedOptions.Count == 0)
                {
                    same[r] = q;
                    break;
                }
            }
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1 };

        // As is: the whole population once per rule set.
        var batch = HouseholdBatch.Create(population);
        var category = new byte[rs][];
        var kinds = new byte[rs][];
        var results = new BulkResult[batch.PersonCount];
        for (var r = 0; r < rs; r++)
        {
            category[r] = new byte[n];
            kinds[r] = new byte[n];
            if (same[r] != r)
            {
                continue;
            }

            BulkEvaluator.Evaluate(batch, compiled[r], results, parallel: options.MaxDegreeOfParallelism != 1);
            for (var h = 0; h < n; h++)
            {
                category[r][h] = PathEngine.Granted(batch, results, h, -1) ? (byte)0 : byte.MaxValue;
            }
        }

        Parallel.For(0, n, parallel, h => SearchHousehold(population[h], h, same, compiled, category, kinds, search));
        for (var r = 0; r < rs; r++)
        {
            if (same[r] != r)
            {
                category[same[r]].CopyTo(category[r], 0);
                kinds[same[r]].CopyTo(kinds[r], 0);
            }
        }

        return new PathSummary(n, k, options.Resamples, options.BootstrapSeed, BuildRows(ruleSets, same, category, kinds, k, options, parallel));
    }

    /// <summary>Finds the shortest path length of one household under every rule set that does not grant it as is.</summary>
    private static void SearchHousehold(Household household, int h, int[] same, CompiledRuleSet[] compiled, byte[][] category, byte[][] kinds, PathSearchOptions search)
    {
        var open = new List<int>();
        for (var r = 0; r < same.Length; r++)
        {
            if (same[r] == r && category[r][h] != 0)
            {
                open.Add(r);
            }
        }

        if (open.Count > 0 && BirthDateRanges.Any(household))
        {
            // A birth date known only as a range is searched from its most favourable day, which depends on the rule
            // set (PathSearch.SearchBase): one search per rule set, so the summary agrees with the exhaustive search.
            foreach (var r in open)
            {
                var ruleSet = compiled[r].RuleSet;
                var (_, given, _) = PathSearch.Answer(household, ruleSet, Evaluator.Evaluate(household, ruleSet), -1);
                Group(PathSearch.SearchBase(household, given), [r], compiled, category, kinds, h, search, checkAsIs: true);
            }
        }
        else if (open.Count > 0)
        {
            // Settling the unknowns does not depend on the rule set, so one search serves them all.
            var settled = FactAnswering.Settle(household);
            Group(settled, open, compiled, category, kinds, h, search, checkAsIs: true);
        }
    }

    /// <summary>Searches one (possibly answered) household under several rule sets at once, stopping each at its first granting size.</summary>
    private static void Group(Household household, List<int> open, CompiledRuleSet[] compiled, byte[][] category, byte[][] kinds, int h, PathSearchOptions search, bool checkAsIs)
    {
        var k = search.MaxChanges;
        var catalogue = ChangeCatalog.For(household, search);
        var engine = new PathEngine(household, catalogue, -1);
        // The household with every fact the catalogue could change unknown: each change set gives a filling of it, so
        // a member with a definite outcome other than a permit there keeps it under every change set (an unknown fact
        // never gives a definite outcome that filling it could contradict, ADR 0002): no path at all, "none". Unlike
        // "every change at once fails", this does not assume that the changes only help.
        var unknown = household;
        foreach (var change in catalogue)
        {
            unknown = change.Unset(unknown);
        }

        var probe = checkAsIs
            ? new[] { unknown, household, engine.Apply(engine.Everything()) }
            : [unknown, engine.Apply(engine.Everything())];
        var probeBatch = HouseholdBatch.Create(probe);
        var results = new BulkResult[probeBatch.PersonCount];
        var hs = new BulkHouseholdResult[probeBatch.HouseholdCount];
        // Every change at once only labels a household that no path of at most k changes grants: ">k" if it grants
        // (then a path exists), "none" if not. It must not end the search early: the changes do not always help. A job
        // stops the benefits, which can turn a livelihood that definitely fails (and lets § 104a Abs. 1 S. 2 grant the
        // permit on probation) into one that is unknown (the need is an amount, never answered), so the household is
        // pending and not granted although a subset of the changes grants (found by the property test against the
        // exhaustive search; regression test in PathSummaryTests).
        var everythingGrants = new bool[compiled.Length];
        for (var i = open.Count - 1; i >= 0; i--)
        {
            var r = open[i];
            PathEngine.Decide(probeBatch, compiled[r], results, hs);
            if (checkAsIs && PathEngine.Granted(probeBatch, results, 1, -1))
            {
                category[r][h] = 0;
                open.RemoveAt(i);
            }
            else if (DefinitelyNotGranted(probeBatch, results, 0))
            {
                category[r][h] = (byte)(k + 2); // none
                open.RemoveAt(i);
            }
            else
            {
                everythingGrants[r] = PathEngine.Granted(probeBatch, results, probe.Length - 1, -1);
            }
        }

        List<ulong> required = [];
        for (var size = 1; size <= Math.Min(k, engine.Count) && open.Count > 0; size++)
        {
            if (size == 2)
            {
                required = Necessary(household, catalogue, engine, open, compiled, category, everythingGrants, h, k);
                if (open.Count == 0)
                {
                    break;
                }
            }

            var candidates = engine.Candidates(size, [], required);
            if (candidates.Count == 0)
            {
                continue;
            }

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
            category[r][h] = everythingGrants[r] ? (byte)(k + 1) : (byte)(k + 2); // more than k, or none
        }
    }

    /// <summary>
    /// The slots every path must use, for the rule sets still open. A slot is needed if, with every fact that the
    /// changes of the other slots could set unknown and the slot's own facts as they are, a member has a definite
    /// outcome that is not a permit: every change set without the slot is a filling of that household (the fill law,
    /// ADR 0002; this does not assume that the changes only help). A rule set needing more slots than
    /// <paramref name="k"/> has no path of at most k changes ("&gt;k" or "none"); the others share the slots they all need.
    /// </summary>
    private static List<ulong> Necessary(Household household, IReadOnlyList<FactChange> catalogue, PathEngine engine, List<int> open, CompiledRuleSet[] compiled, byte[][] category, bool[] everythingGrants, int h, int k)
    {
        var slots = new List<ulong>();
        for (var i = 0; i < engine.Count; i++)
        {
            var slot = engine.SlotOf(i);
            if (!slots.Contains(slot))
            {
                slots.Add(slot);
            }
        }

        var without = new Household[slots.Count];
        for (var s = 0; s < slots.Count; s++)
        {
            var x = household;
            for (var i = 0; i < catalogue.Count; i++)
            {
                if ((slots[s] & (1UL << i)) == 0)
                {
                    x = catalogue[i].Unset(x);
                }
            }

            without[s] = x;
        }

        var batch = HouseholdBatch.Create(without);
        var results = new BulkResult[batch.PersonCount];
        var hs = new BulkHouseholdResult[batch.HouseholdCount];
        var common = ulong.MaxValue;
        for (var j = open.Count - 1; j >= 0; j--)
        {
            var r = open[j];
            PathEngine.Decide(batch, compiled[r], results, hs);
            ulong needed = 0;
            var count = 0;
            for (var s = 0; s < slots.Count; s++)
            {
                if (DefinitelyNotGranted(batch, results, s))
                {
                    needed |= 1UL << s;
                    count++;
                }
            }

            if (count > k)
            {
                category[r][h] = everythingGrants[r] ? (byte)(k + 1) : (byte)(k + 2);
                open.RemoveAt(j);
            }
            else
            {
                common &= needed;
            }
        }

        var required = new List<ulong>();
        for (var s = 0; s < slots.Count && open.Count > 0; s++)
        {
            if ((common & (1UL << s)) != 0)
            {
                required.Add(slots[s]);
            }
        }

        return required;
    }

    /// <summary>True if a member of household <paramref name="h"/> of the batch has a definite outcome that is not a permit.</summary>
    private static bool DefinitelyNotGranted(HouseholdBatch batch, BulkResult[] results, int h)
    {
        var first = batch.FirstMember(h);
        for (var m = 0; m < batch.MemberCount(h); m++)
        {
            if (results[first + m].Outcome is Outcome.Refusal or Outcome.JobSearchDuldung)
            {
                return true;
            }
        }

        return false;
    }

    private static List<PathSummaryRow> BuildRows(IReadOnlyList<RuleSet> ruleSets, int[] same, byte[][] category, byte[][] kinds, int k, PathSummaryOptions options, ParallelOptions parallel)
    {
        var n = category[0].Length;
        var rs = ruleSets.Count;
        var cats = k + 3;
        var kindCount = Enum.GetValues<FactChangeKind>().Length;
        var b = options.Resamples;

        // Per replicate and rule set: weighted counts of each length, of each single-change kind, of households not
        // granted. Only distinct rule sets are resampled (a copy has the same replicates); the categories are laid
        // out household-major so that one pass over the weights serves every rule set.
        var distinct = Enumerable.Range(0, rs).Where(r => same[r] == r).ToArray();
        var d = distinct.Length;
        var layout = new byte[(long)n * d];
        var kindLayout = new byte[(long)n * d];
        for (var h = 0; h < n; h++)
        {
            for (var x = 0; x < d; x++)
            {
                layout[((long)h * d) + x] = category[distinct[x]][h];
                kindLayout[((long)h * d) + x] = kinds[distinct[x]][h];
            }
        }

        var repLength = new double[b][];
        var repKind = new double[b][];
        Parallel.For(0, b, parallel, i =>
        {
            var weights = new int[n];
            PercentileBootstrap.Weights(options.BootstrapSeed, i, weights);
            var counts = new long[d * cats];
            var kc = new long[d * kindCount];
            for (var h = 0; h < n; h++)
            {
                var w = weights[h];
                if (w == 0)
                {
                    continue;
                }

                var o = (long)h * d;
                for (var x = 0; x < d; x++)
                {
                    counts[(x * cats) + layout[o + x]] += w;
                    var bits = kindLayout[o + x];
                    while (bits != 0)
                    {
                        kc[(x * kindCount) + System.Numerics.BitOperations.TrailingZeroCount(bits)] += w;
                        bits &= (byte)(bits - 1);
                    }
                }
            }

            var lengths = new double[rs * cats];
            var kindShares = new double[rs * kindCount];
            for (var r = 0; r < rs; r++)
            {
                var x = Array.IndexOf(distinct, same[r]);
                var notGranted = n - counts[x * cats];
                for (var c = 0; c < cats; c++)
                {
                    lengths[(r * cats) + c] = n == 0 ? 0 : (double)counts[(x * cats) + c] / n;
                }

                for (var c = 0; c < kindCount; c++)
                {
                    kindShares[(r * kindCount) + c] = notGranted == 0 ? 0 : (double)kc[(x * kindCount) + c] / notGranted;
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

    private static ShareInterval Estimate(double point, double[][] replicates, int index)
    {
        var values = new double[replicates.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = replicates[i][index];
        }

        var (lo, hi) = PercentileBootstrap.Interval(values, point);
        return new ShareInterval(point, lo, hi);
    }
}
