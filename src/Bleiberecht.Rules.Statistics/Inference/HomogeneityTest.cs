namespace Bleiberecht.Rules.Statistics.Inference;

/// <summary>Pearson chi-square test of homogeneity/independence for an r × c table, with Cramér's V and its interval.</summary>
/// <param name="ChiSquare">Test statistic Σ (O − E)² / E, divided by the design effect when one is assumed.</param>
/// <param name="DegreesOfFreedom">(r − 1)(c − 1).</param>
/// <param name="PValue">Upper-tail probability from the chi-square survival function; null only when it is below the double range (see <paramref name="Log10PValue"/>). Never 0.</param>
/// <param name="Log10PValue">log10 of the p-value, always finite.</param>
/// <param name="CramersV">sqrt(χ² / (N · (min(r, c) − 1))).</param>
/// <param name="CramersVInterval">95 % interval for the population V from the noncentral chi-square (Smithson 2003): V = sqrt(λ / (N · (min(r, c) − 1))) at the bounds of λ.</param>
/// <param name="Total">Grand total N.</param>
/// <param name="MinExpected">Smallest expected count (approximation caveat below 5).</param>
/// <param name="DesignEffect">Assumed design effect (1 = independent counting units).</param>
public sealed record HomogeneityTest(
    double ChiSquare,
    int DegreesOfFreedom,
    double? PValue,
    double Log10PValue,
    double CramersV,
    ConfidenceInterval CramersVInterval,
    long Total,
    double MinExpected,
    double DesignEffect)
{
    /// <summary>Runs the test on a table of non-negative counts (rows × columns).</summary>
    /// <param name="table">Counts; at least 2 × 2, no all-zero row or column.</param>
    public static HomogeneityTest Compute(IReadOnlyList<IReadOnlyList<long>> table) => Compute(table, 1);

    /// <summary>
    /// Runs the test with an assumed design effect D ≥ 1: X² / D is referred to χ²(df), the first-order Rao–Scott
    /// correction (Rao &amp; Scott 1981, JASA 76:221-230) for counts of clustered units (families counted as persons).
    /// </summary>
    /// <param name="table">Counts; at least 2 × 2, no all-zero row or column.</param>
    /// <param name="designEffect">Design effect D ≥ 1.</param>
    public static HomogeneityTest Compute(IReadOnlyList<IReadOnlyList<long>> table, double designEffect)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentOutOfRangeException.ThrowIfLessThan(designEffect, 1);
        var r = table.Count;
        if (r < 2 || table.Any(row => row.Count != table[0].Count) || table[0].Count < 2)
        {
            throw new ArgumentException("need a rectangular table of at least 2 x 2", nameof(table));
        }

        var c = table[0].Count;
        var rowSums = table.Select(row => (double)row.Sum()).ToArray();
        var colSums = Enumerable.Range(0, c).Select(j => (double)table.Sum(row => row[j])).ToArray();
        var n = rowSums.Sum();
        if (rowSums.Any(s => s <= 0) || colSums.Any(s => s <= 0))
        {
            throw new ArgumentException("rows and columns must have positive totals", nameof(table));
        }

        double chi = 0, minE = double.MaxValue;
        for (var i = 0; i < r; i++)
        {
            for (var j = 0; j < c; j++)
            {
                var e = rowSums[i] * colSums[j] / n;
                minE = Math.Min(minE, e);
                var d = table[i][j] - e;
                chi += d * d / e;
            }
        }

        chi /= designEffect;
        var df = (r - 1) * (c - 1);
        var log10 = TailProbability.ChiSquareUpperLog10(df, chi);
        var scale = n / designEffect * (Math.Min(r, c) - 1);
        var v = Math.Sqrt(chi / scale);
        var (lo, hi) = NoncentralChiSquare.NoncentralityInterval(df, chi);
        var vInterval = new ConfidenceInterval(IntervalMethod.NoncentralChiSquare, 0.95, Math.Sqrt(lo / scale), Math.Min(1, Math.Sqrt(hi / scale)));
        return new HomogeneityTest(chi, df, TailProbability.FromLog10(log10), log10, v, vInterval, (long)n, minE, designEffect);
    }
}
