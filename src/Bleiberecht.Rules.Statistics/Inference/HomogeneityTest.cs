using MathNet.Numerics.Distributions;

namespace Bleiberecht.Rules.Statistics.Inference;

/// <summary>Pearson chi-square test of homogeneity/independence for an r × c table, with Cramér's V.</summary>
/// <param name="ChiSquare">Test statistic Σ (O − E)² / E.</param>
/// <param name="DegreesOfFreedom">(r − 1)(c − 1).</param>
/// <param name="PValue">Upper-tail probability of the chi-square distribution.</param>
/// <param name="CramersV">sqrt(χ² / (N · (min(r, c) − 1))).</param>
/// <param name="Total">Grand total N.</param>
/// <param name="MinExpected">Smallest expected count (approximation caveat below 5).</param>
public sealed record HomogeneityTest(double ChiSquare, int DegreesOfFreedom, double PValue, double CramersV, long Total, double MinExpected)
{
    /// <summary>Runs the test on a table of non-negative counts (rows × columns).</summary>
    /// <param name="table">Counts; at least 2 × 2, no all-zero row or column.</param>
    public static HomogeneityTest Compute(IReadOnlyList<IReadOnlyList<long>> table)
    {
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

        var df = (r - 1) * (c - 1);
        var p = 1 - ChiSquared.CDF(df, chi);
        var v = Math.Sqrt(chi / (n * (Math.Min(r, c) - 1)));
        return new HomogeneityTest(chi, df, p, v, (long)n, minE);
    }
}
