using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace Bleiberecht.Rules.Statistics.Inference;

/// <summary>
/// Spearman rank correlation (MathNet, average ranks for ties) with a two-sided p-value from the t approximation
/// t = ρ · sqrt((n − 2) / (1 − ρ²)), df = n − 2.
/// </summary>
/// <param name="Rho">Spearman's ρ.</param>
/// <param name="N">Number of pairs.</param>
/// <param name="T">t statistic.</param>
/// <param name="PValue">Two-sided p-value.</param>
public sealed record SpearmanCorrelation(double Rho, int N, double T, double PValue)
{
    /// <summary>Computes ρ and its p-value.</summary>
    /// <param name="x">First variable.</param>
    /// <param name="y">Second variable (same length, at least 3).</param>
    public static SpearmanCorrelation Compute(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count || x.Count < 3)
        {
            throw new ArgumentException("need two series of equal length >= 3");
        }

        var rho = Correlation.Spearman(x, y);
        var n = x.Count;
        if (Math.Abs(rho) >= 1)
        {
            // Perfect (untied) ordering: the t approximation breaks down; the exact permutation probability of an ordering
            // this extreme in either direction is 2 / n! (never 0).
            return new SpearmanCorrelation(rho, n, rho * double.PositiveInfinity, Math.Min(1, 2 / MathNet.Numerics.SpecialFunctions.Factorial(n)));
        }

        var t = rho * Math.Sqrt((n - 2) / (1 - (rho * rho)));
        var p = 2 * StudentT.CDF(0, 1, n - 2, -Math.Abs(t));
        return new SpearmanCorrelation(rho, n, t, Math.Clamp(p, 0, 1));
    }
}
