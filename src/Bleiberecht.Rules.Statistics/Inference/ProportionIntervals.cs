using MathNet.Numerics.Distributions;

namespace Bleiberecht.Rules.Statistics.Inference;

/// <summary>
/// Confidence intervals for a binomial proportion k / n. Wilson is reported because it behaves well near 0 and 1
/// (Saarland 47 / 788); Clopper–Pearson because it is the conservative exact reference.
/// </summary>
public static class ProportionIntervals
{
    /// <summary>Wilson score interval.</summary>
    /// <param name="successes">k, 0 ≤ k ≤ n.</param>
    /// <param name="trials">n &gt; 0.</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    public static ConfidenceInterval Wilson(int successes, int trials, double level = 0.95)
    {
        Validate(successes, trials, level);
        var z = Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
        var n = (double)trials;
        var p = successes / n;
        var z2 = z * z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        var lower = successes == 0 ? 0 : Math.Max(0, centre - half);
        var upper = successes == trials ? 1 : Math.Min(1, centre + half);
        return new ConfidenceInterval(IntervalMethod.Wilson, level, lower, upper);
    }

    /// <summary>Clopper–Pearson interval: lower = Beta(α/2; k, n−k+1), upper = Beta(1−α/2; k+1, n−k).</summary>
    /// <param name="successes">k, 0 ≤ k ≤ n.</param>
    /// <param name="trials">n &gt; 0.</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    public static ConfidenceInterval ClopperPearson(int successes, int trials, double level = 0.95)
    {
        Validate(successes, trials, level);
        var alpha = 1 - level;
        var lower = successes == 0 ? 0 : Beta.InvCDF(successes, trials - successes + 1, alpha / 2);
        var upper = successes == trials ? 1 : Beta.InvCDF(successes + 1, trials - successes, 1 - (alpha / 2));
        return new ConfidenceInterval(IntervalMethod.ClopperPearson, level, lower, upper);
    }

    /// <summary>
    /// Interval for the difference p1 − p2 of two independent proportions: Newcombe's hybrid score method (method 10
    /// of Newcombe 1998), which combines the Wilson intervals (l1, u1) and (l2, u2):
    /// lower = d − √((p1 − l1)² + (u2 − p2)²), upper = d + √((u1 − p1)² + (p2 − l2)²). Unlike the Wald interval it stays
    /// within [−1, 1] and behaves near 0 and 1 (Saarland 47 / 788).
    /// </summary>
    /// <param name="successes1">k1.</param>
    /// <param name="trials1">n1 &gt; 0.</param>
    /// <param name="successes2">k2.</param>
    /// <param name="trials2">n2 &gt; 0.</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    public static ConfidenceInterval NewcombeDifference(int successes1, int trials1, int successes2, int trials2, double level = 0.95)
    {
        var w1 = Wilson(successes1, trials1, level);
        var w2 = Wilson(successes2, trials2, level);
        var p1 = (double)successes1 / trials1;
        var p2 = (double)successes2 / trials2;
        var d = p1 - p2;
        var lower = d - Math.Sqrt(Math.Pow(p1 - w1.Lower, 2) + Math.Pow(w2.Upper - p2, 2));
        var upper = d + Math.Sqrt(Math.Pow(w1.Upper - p1, 2) + Math.Pow(p2 - w2.Lower, 2));
        return new ConfidenceInterval(IntervalMethod.NewcombeHybridScore, level, lower, upper);
    }

    /// <summary>
    /// Newcombe's hybrid score interval with an assumed design effect D ≥ 1 for clustered counting units: each Wilson
    /// interval is computed on the effective counts k/D of n/D (Kish 1965 effective sample size), which widens the
    /// interval by about √D. D = 1 gives <see cref="NewcombeDifference"/>.
    /// </summary>
    /// <param name="successes1">k1.</param>
    /// <param name="trials1">n1 &gt; 0.</param>
    /// <param name="successes2">k2.</param>
    /// <param name="trials2">n2 &gt; 0.</param>
    /// <param name="designEffect">D ≥ 1.</param>
    public static ConfidenceInterval NewcombeDifferenceClustered(int successes1, int trials1, int successes2, int trials2, double designEffect)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(designEffect, 1);
        Validate(successes1, trials1, 0.95);
        Validate(successes2, trials2, 0.95);
        var (l1, u1) = WilsonBounds(successes1 / designEffect, trials1 / designEffect, 0.95);
        var (l2, u2) = WilsonBounds(successes2 / designEffect, trials2 / designEffect, 0.95);
        var p1 = (double)successes1 / trials1;
        var p2 = (double)successes2 / trials2;
        var d = p1 - p2;
        return new ConfidenceInterval(IntervalMethod.NewcombeHybridScore, 0.95,
            d - Math.Sqrt(Math.Pow(p1 - l1, 2) + Math.Pow(u2 - p2, 2)),
            d + Math.Sqrt(Math.Pow(u1 - p1, 2) + Math.Pow(p2 - l2, 2)));
    }

    private static (double Lower, double Upper) WilsonBounds(double k, double n, double level)
    {
        var z = Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
        var p = k / n;
        var z2 = z * z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return (k == 0 ? 0 : Math.Max(0, centre - half), k == n ? 1 : Math.Min(1, centre + half));
    }

    private static void Validate(int k, int n, double level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, n);
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level));
        }
    }
}
