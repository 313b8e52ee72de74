namespace Bleiberecht.Rules.Statistics.Inference;

/// <summary>Interval method for a binomial proportion.</summary>
public enum IntervalMethod
{
    /// <summary>Wilson score interval without continuity correction (Wilson 1927; Newcombe 1998 method 3).</summary>
    Wilson,

    /// <summary>Clopper–Pearson "exact" interval via Beta quantiles (Newcombe 1998 method 5).</summary>
    ClopperPearson,

    /// <summary>
    /// Newcombe's hybrid score interval for a difference of two independent proportions, built from the two Wilson
    /// intervals (Newcombe 1998, "Interval estimation for the difference between independent proportions", method 10).
    /// </summary>
    NewcombeHybridScore,
}
