using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Profiles;

namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>
/// Evaluates one population under the base rule and Land profiles and builds the <see cref="DiscretionEffectTable"/>.
/// Households are evaluated on the bulk path (<see cref="BulkEvaluator"/>: one columnar batch, one compiled rule set
/// each, in parallel unless <see cref="WhatIfOptions.MaxDegreeOfParallelism"/> is 1); each result is stored at the
/// household's index, so the table does not depend on thread count or scheduling.
/// </summary>
public static class WhatIfRunner
{
    /// <summary>How the intervals are computed (printed with every table).</summary>
    public const string MethodText =
        "Nonparametric percentile bootstrap: households are resampled with replacement (n of n, so members of one household stay together), "
        + "each resample's shares are recomputed from the stored per-household outcome counts (no re-evaluation), and the 2.5 % and 97.5 % "
        + "quantiles (linear interpolation) of the replicates form the 95 % interval. The same resamples serve every rule set, so the "
        + "difference to the base rule has a paired interval. Resample b is drawn from its own counter-based stream (bootstrap seed, b). "
        + "An interval is widened to include its point estimate where the percentiles miss it (possible for very small populations).";

    /// <summary>The honest caveat printed with every table.</summary>
    public const string CaveatText =
        "A synthetic population shows the effect of the coded discretion only: every rule set decides the same households, so differences "
        + "between rows come from the Land options as encoded, not from the Länder's populations, staffing or practice. Most population "
        + "parameters are labelled assumptions; the shares are not estimates of the published rates (table 6.1, L4320-4369) and must not "
        + "be compared with them as if they were. Every case is assessed at one reporting date, and the study's own figures are not "
        + "internally consistent (statistics.md, DQ-02). The bootstrap intervals are simulation noise of this one synthetic population: they "
        + "shrink towards zero as the population grows and do not include the uncertainty of the assumed and calibrated parameters.";

    private const ulong BootstrapStream = 0x426F6F7473747270UL;
    private const int Categories = 5;

    /// <summary>The base rule and the 16 Land profiles (17 rule sets), base first.</summary>
    public static IReadOnlyList<RuleSet> DefaultRuleSets() =>
        [RuleSet.Imk2006, .. ProfileCatalog.All.Where(p => p.Kind == ProfileKind.Land).Select(ProfileCatalog.ToRuleSet)];

    /// <summary>The base rule followed by the given profiles (ids or names, see <see cref="ProfileCatalog.Find"/>).</summary>
    /// <param name="profileIds">Profile ids or names; duplicates are dropped.</param>
    /// <exception cref="ArgumentException">A profile is unknown (the message suggests close ids).</exception>
    public static IReadOnlyList<RuleSet> RuleSetsFor(IEnumerable<string> profileIds)
    {
        ArgumentNullException.ThrowIfNull(profileIds);
        var result = new List<RuleSet> { RuleSet.Imk2006 };
        foreach (var id in profileIds)
        {
            var profile = ProfileCatalog.Find(id);
            if (profile is null)
            {
                var suggestions = ProfileCatalog.Suggest(id);
                throw new ArgumentException(
                    $"unknown profile '{id}'" + (suggestions.Count > 0 ? "; did you mean " + string.Join(", ", suggestions) + "?" : string.Empty),
                    nameof(profileIds));
            }

            if (result.All(r => !string.Equals(r.Name, profile.Id, StringComparison.Ordinal)))
            {
                result.Add(ProfileCatalog.ToRuleSet(profile));
            }
        }

        return result;
    }

    /// <summary>Evaluates <paramref name="population"/> under every rule set and computes shares with bootstrap intervals.</summary>
    /// <param name="population">Households (e.g. from <see cref="PopulationGenerator"/>); at least one.</param>
    /// <param name="ruleSets">Rule sets, the base first; null = <see cref="DefaultRuleSets"/>.</param>
    /// <param name="options">Resamples, bootstrap seed, parallelism; null = <see cref="WhatIfOptions.Default"/>.</param>
    /// <param name="progress">Receives the fraction done in [0, 1], non-decreasing, from worker threads; ends with 1.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static DiscretionEffectTable Run(
        IReadOnlyList<Household> population,
        IReadOnlyList<RuleSet>? ruleSets = null,
        WhatIfOptions? options = null,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(population);
        if (population.Count == 0)
        {
            throw new ArgumentException("the population is empty", nameof(population));
        }

        ruleSets ??= DefaultRuleSets();
        if (ruleSets.Count == 0)
        {
            throw new ArgumentException("at least one rule set is required", nameof(ruleSets));
        }

        options ??= WhatIfOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Resamples, 1, nameof(options));
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1 };
        var reporter = new MonotoneProgress(progress);

        var n = population.Count;
        var rs = ruleSets.Count;
        var sizes = new int[n];
        var personCounts = new byte[rs][];
        var householdCategory = new byte[rs][];
        for (var r = 0; r < rs; r++)
        {
            personCounts[r] = new byte[n * Categories];
            householdCategory[r] = new byte[n];
        }

        // Evaluation on the bulk path (same outcomes as the explain path, a property test guarantees it; no trees
        // are built, so 17 rule sets over 100,000 households take well under a second): 90 % of the progress.
        var batch = HouseholdBatch.Create(population);
        for (var h = 0; h < n; h++)
        {
            sizes[h] = batch.MemberCount(h);
        }

        // All rule sets in one pass (CompiledRuleSets): each household under every rule set in turn, what an earlier
        // rule set computed alike taken over — the results are each rule set's own, in about half the time.
        var parallelBulk = options.MaxDegreeOfParallelism is not 1;
        cancellationToken.ThrowIfCancellationRequested();
        var group = CompiledRuleSets.Compile(ruleSets);
        var results = new BulkResult[rs][];
        var householdResults = new BulkHouseholdResult[rs][];
        for (var r = 0; r < rs; r++)
        {
            results[r] = new BulkResult[batch.PersonCount];
            householdResults[r] = new BulkHouseholdResult[n];
        }

        BulkEvaluator.Evaluate(batch, group, [.. results.Select(a => (Memory<BulkResult>)a)], [.. householdResults.Select(a => (Memory<BulkHouseholdResult>)a)], parallelBulk);
        for (var r = 0; r < rs; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var counts = personCounts[r];
            var cats = householdCategory[r];
            for (var h = 0; h < n; h++)
            {
                cats[h] = (byte)OutcomeCategories.Of(householdResults[r][h].Outcome);
                var first = batch.FirstMember(h);
                for (var m = 0; m < sizes[h]; m++)
                {
                    counts[(h * Categories) + (int)OutcomeCategories.Of(results[r][first + m].Outcome)]++;
                }
            }

            reporter.Report(0.9 * (r + 1) / rs);
        }

        var persons = sizes.Sum();
        if (persons == 0)
        {
            throw new ArgumentException("the population has no members", nameof(population));
        }

        // Point estimates.
        var pointPerson = new double[rs, Categories];
        var pointHousehold = new double[rs, Categories];
        for (var r = 0; r < rs; r++)
        {
            for (var h = 0; h < n; h++)
            {
                pointHousehold[r, householdCategory[r][h]]++;
                for (var k = 0; k < Categories; k++)
                {
                    pointPerson[r, k] += personCounts[r][(h * Categories) + k];
                }
            }

            for (var k = 0; k < Categories; k++)
            {
                pointPerson[r, k] /= persons;
                pointHousehold[r, k] /= n;
            }
        }

        // Bootstrap: 10 % of the progress.
        var b = options.Resamples;
        var repPerson = new double[b][];
        var repHousehold = new double[b][];
        var bootDone = 0;
        Parallel.For(0, b, parallel, i =>
        {
            var rng = new CounterRandom(options.BootstrapSeed, BootstrapStream, i);
            var weight = new int[n];
            for (var j = 0; j < n; j++)
            {
                weight[rng.NextInt(n)]++;
            }

            var total = 0L;
            for (var h = 0; h < n; h++)
            {
                total += (long)weight[h] * sizes[h];
            }

            var person = new double[rs * Categories];
            var household = new double[rs * Categories];
            for (var r = 0; r < rs; r++)
            {
                var counts = personCounts[r];
                var cats = householdCategory[r];
                var sums = new long[Categories];
                var hsums = new long[Categories];
                for (var h = 0; h < n; h++)
                {
                    var w = weight[h];
                    if (w == 0)
                    {
                        continue;
                    }

                    var o = h * Categories;
                    sums[0] += w * counts[o];
                    sums[1] += w * counts[o + 1];
                    sums[2] += w * counts[o + 2];
                    sums[3] += w * counts[o + 3];
                    sums[4] += w * counts[o + 4];
                    hsums[cats[h]] += w;
                }

                for (var k = 0; k < Categories; k++)
                {
                    person[(r * Categories) + k] = total == 0 ? 0 : (double)sums[k] / total;
                    household[(r * Categories) + k] = (double)hsums[k] / n;
                }
            }

            repPerson[i] = person;
            repHousehold[i] = household;
            reporter.Report(0.9 + (0.1 * Interlocked.Increment(ref bootDone) / b));
        });

        var rows = new List<DiscretionEffectRow>(rs);
        for (var r = 0; r < rs; r++)
        {
            rows.Add(new DiscretionEffectRow(
                ruleSets[r].Name,
                ruleSets[r].Description,
                Estimates(r, pointPerson, repPerson),
                Estimates(r, pointHousehold, repHousehold),
                DecidedEstimate(r, pointPerson, repPerson)));
        }

        reporter.Report(1.0);
        return new DiscretionEffectTable(rows, n, persons, b, options.BootstrapSeed, MethodText, CaveatText);
    }

    private static List<ShareEstimate> Estimates(int r, double[,] point, double[][] replicates)
    {
        var result = new List<ShareEstimate>(Categories);
        var values = new double[replicates.Length];
        var diffs = new double[replicates.Length];
        for (var k = 0; k < Categories; k++)
        {
            for (var i = 0; i < replicates.Length; i++)
            {
                values[i] = replicates[i][(r * Categories) + k];
                diffs[i] = values[i] - replicates[i][k];
            }

            var share = point[r, k];
            var diff = share - point[0, k];
            var (lo, hi) = Interval(values, share);
            var (dlo, dhi) = r == 0 ? (0.0, 0.0) : Interval(diffs, diff);
            result.Add(new ShareEstimate((OutcomeCategory)k, share, lo, hi, diff, dlo, dhi));
        }

        return result;
    }

    /// <summary>
    /// Permits / (permits + refusals) over persons: the decided-case share, comparable in kind with table 6.1's
    /// Aufenthaltserlaubnisse / (Aufenthaltserlaubnisse + Ablehnung). Null when no person is decided under the rule set
    /// or its base; a replicate without decided persons counts as share 0.
    /// </summary>
    private static ShareEstimate? DecidedEstimate(int r, double[,] point, double[][] replicates)
    {
        static double Ratio(double permit, double refusal) => permit + refusal > 0 ? permit / (permit + refusal) : 0;
        const int p = (int)OutcomeCategory.Permit;
        const int q = (int)OutcomeCategory.Refusal;
        if (point[r, p] + point[r, q] <= 0 || point[0, p] + point[0, q] <= 0)
        {
            return null;
        }

        var values = new double[replicates.Length];
        var diffs = new double[replicates.Length];
        for (var i = 0; i < replicates.Length; i++)
        {
            values[i] = Ratio(replicates[i][(r * Categories) + p], replicates[i][(r * Categories) + q]);
            diffs[i] = values[i] - Ratio(replicates[i][p], replicates[i][q]);
        }

        var share = Ratio(point[r, p], point[r, q]);
        var diff = share - Ratio(point[0, p], point[0, q]);
        var (lo, hi) = Interval(values, share);
        var (dlo, dhi) = r == 0 ? (0.0, 0.0) : Interval(diffs, diff);
        return new ShareEstimate(OutcomeCategory.Permit, share, lo, hi, diff, dlo, dhi);
    }

    private static (double Lower, double Upper) Interval(double[] values, double point)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var lo = Quantile(sorted, 0.025);
        var hi = Quantile(sorted, 0.975);
        return (Math.Min(lo, point), Math.Max(hi, point));
    }

    private static double Quantile(double[] sorted, double q)
    {
        var pos = q * (sorted.Length - 1);
        var i = (int)Math.Floor(pos);
        var j = Math.Min(i + 1, sorted.Length - 1);
        return sorted[i] + ((pos - i) * (sorted[j] - sorted[i]));
    }

    /// <summary>Forwards only increasing fractions, serialised, so a caller can print from any thread.</summary>
    private sealed class MonotoneProgress(IProgress<double>? inner)
    {
        private readonly Lock _gate = new();
        private double _last = -1;

        public void Report(double fraction)
        {
            if (inner is null)
            {
                return;
            }

            lock (_gate)
            {
                if (fraction > _last)
                {
                    _last = fraction;
                    inner.Report(Math.Min(1.0, fraction));
                }
            }
        }
    }
}
