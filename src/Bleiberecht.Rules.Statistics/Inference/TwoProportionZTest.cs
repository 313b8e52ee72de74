using MathNet.Numerics.Distributions;

namespace Bleiberecht.Rules.Statistics.Inference;

/// <summary>Pooled two-proportion z-test (two-sided); z² equals the 2 × 2 Pearson chi-square.</summary>
/// <param name="Z">z statistic (p1 − p2) / SE_pooled.</param>
/// <param name="PValue">Two-sided p-value 2 · (1 − Φ(|z|)).</param>
public sealed record TwoProportionZTest(double Z, double PValue)
{
    /// <summary>Computes the test for k1/n1 vs k2/n2.</summary>
    /// <param name="k1">Successes in group 1.</param>
    /// <param name="n1">Trials in group 1.</param>
    /// <param name="k2">Successes in group 2.</param>
    /// <param name="n2">Trials in group 2.</param>
    public static TwoProportionZTest Compute(int k1, int n1, int k2, int n2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n1, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(n2, 1);
        var p1 = (double)k1 / n1;
        var p2 = (double)k2 / n2;
        var pooled = (double)(k1 + k2) / (n1 + n2);
        var se = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / n1) + (1.0 / n2)));
        if (se == 0)
        {
            return new TwoProportionZTest(0, 1);
        }

        var z = (p1 - p2) / se;
        var p = 2 * (1 - Normal.CDF(0, 1, Math.Abs(z)));
        return new TwoProportionZTest(z, Math.Clamp(p, 0, 1));
    }
}
