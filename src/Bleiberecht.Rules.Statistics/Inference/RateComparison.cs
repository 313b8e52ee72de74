namespace Bleiberecht.Rules.Statistics.Inference;

/// <summary>
/// One view of a rate across the Länder: the homogeneity test with Cramér's V and its interval, the random-effects
/// heterogeneity summary, and all pairwise differences with Newcombe intervals and Holm-adjusted p-values.
/// </summary>
/// <param name="View"><c>per_application</c> (permits / applications) or <c>decided</c> (permits / (permits + refusals)).</param>
/// <param name="Definition">Numerator / denominator in words.</param>
/// <param name="Laender">The Länder with both counts published, in printed order.</param>
/// <param name="Homogeneity">Pearson chi-square test of equal rates (k × 2 table).</param>
/// <param name="Heterogeneity">DerSimonian–Laird summary on the logit scale.</param>
/// <param name="Pairwise">All k(k − 1)/2 pairwise comparisons.</param>
/// <param name="SignificantPairs">Number of pairs with Holm-adjusted p &lt; 0.05.</param>
public sealed record RateComparison(
    string View,
    string Definition,
    IReadOnlyList<string> Laender,
    HomogeneityTest Homogeneity,
    RandomEffectsSummary Heterogeneity,
    IReadOnlyList<PairwiseComparison> Pairwise,
    int SignificantPairs)
{
    /// <summary>Builds the comparison from (Land, successes, trials) triples.</summary>
    /// <param name="view">View id.</param>
    /// <param name="definition">Definition in words.</param>
    /// <param name="counts">Per Land: ISO code, numerator, denominator (0 &lt; k &lt; n).</param>
    /// <param name="designEffect">Assumed design effect ≥ 1 applied to the tests (1 = independent units).</param>
    public static RateComparison Compute(string view, string definition, IReadOnlyList<(string Land, int K, int N)> counts, double designEffect = 1)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var table = counts.Select(c => (IReadOnlyList<long>)[c.K, c.N - c.K]).ToArray();
        var homogeneity = HomogeneityTest.Compute(table, designEffect);
        var heterogeneity = RandomEffectsSummary.Compute(counts.Select(c => (c.K, c.N)).ToArray());
        var raw = new List<(string A, string B, double Ra, double Rb, ConfidenceInterval Ci, TwoProportionZTest T)>();
        for (var i = 0; i < counts.Count; i++)
        {
            for (var j = i + 1; j < counts.Count; j++)
            {
                var a = counts[i];
                var b = counts[j];
                raw.Add((a.Land, b.Land, (double)a.K / a.N, (double)b.K / b.N,
                    ProportionIntervals.NewcombeDifferenceClustered(a.K, a.N, b.K, b.N, designEffect),
                    TwoProportionZTest.Compute(a.K, a.N, b.K, b.N, designEffect)));
            }
        }

        var adjusted = HolmCorrection.AdjustLog10(raw.Select(p => p.T.Log10PValue).ToArray());
        var pairwise = raw.Select((p, i) => new PairwiseComparison(p.A, p.B, p.Ra, p.Rb, p.Ra - p.Rb, p.Ci, p.T.Z,
            p.T.PValue, p.T.Log10PValue, TailProbability.FromLog10(adjusted[i]), adjusted[i])).ToArray();
        return new RateComparison(view, definition, counts.Select(c => c.Land).ToArray(), homogeneity, heterogeneity, pairwise,
            pairwise.Count(p => p.SignificantAt05));
    }

    /// <summary>The pair of two Länder in either order, oriented as A − B.</summary>
    /// <param name="landA">First Land.</param>
    /// <param name="landB">Second Land.</param>
    public PairwiseComparison? Pair(string landA, string landB)
    {
        var p = Pairwise.FirstOrDefault(x => x.LandA == landA && x.LandB == landB);
        if (p is not null)
        {
            return p;
        }

        var q = Pairwise.FirstOrDefault(x => x.LandA == landB && x.LandB == landA);
        return q is null ? null : q with
        {
            LandA = landA, LandB = landB, RateA = q.RateB, RateB = q.RateA, Difference = -q.Difference, Z = -q.Z,
            DifferenceInterval = q.DifferenceInterval with { Lower = -q.DifferenceInterval.Upper, Upper = -q.DifferenceInterval.Lower },
        };
    }
}
