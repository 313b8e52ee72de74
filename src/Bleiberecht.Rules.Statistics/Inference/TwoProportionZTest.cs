namespace Bleiberecht.Rules.Statistics.Inference;

/// <summary>Pooled two-proportion z-test (two-sided); z² equals the 2 × 2 Pearson chi-square.</summary>
/// <param name="Z">z statistic (p1 − p2) / SE_pooled.</param>
/// <param name="PValue">Two-sided p-value 2 · Φ(−|z|) from the survival function; null only when it is below the double range (see <paramref name="Log10PValue"/>). Never 0.</param>
/// <param name="Log10PValue">log10 of the two-sided p-value, always finite.</param>
public sealed record TwoProportionZTest(double Z, double? PValue, double Log10PValue)
{
    /// <summary>Computes the test for k1/n1 vs k2/n2.</summary>
    /// <param name="k1">Successes in group 1.</param>
    /// <param name="n1">Trials in group 1.</param>
    /// <param name="k2">Successes in group 2.</param>
    /// <param name="n2">Trials in group 2.</param>
    public static TwoProportionZTest Compute(int k1, int n1, int k2, int n2) => Compute(k1, n1, k2, n2, 1);

    /// <summary>
    /// Computes the test with a design effect: the variance is multiplied by <paramref name="designEffect"/> (z divided
    /// by its square root), the first-order Rao–Scott correction for clustered counting units (Rao &amp; Scott 1981).
    /// </summary>
    /// <param name="k1">Successes in group 1.</param>
    /// <param name="n1">Trials in group 1.</param>
    /// <param name="k2">Successes in group 2.</param>
    /// <param name="n2">Trials in group 2.</param>
    /// <param name="designEffect">Variance inflation ≥ 1 (1 = independent units).</param>
    public static TwoProportionZTest Compute(int k1, int n1, int k2, int n2, double designEffect)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n1, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(n2, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(designEffect, 1);
        var p1 = (double)k1 / n1;
        var p2 = (double)k2 / n2;
        var pooled = (double)(k1 + k2) / (n1 + n2);
        var se = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / n1) + (1.0 / n2)) * designEffect);
        if (se == 0)
        {
            return new TwoProportionZTest(0, 1, 0);
        }

        var z = (p1 - p2) / se;
        var log10 = TailProbability.NormalTwoSidedLog10(z);
        return new TwoProportionZTest(z, TailProbability.FromLog10(log10), log10);
    }
}
