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

    /// <summary>Inversion of the noncentral chi-square for its noncentrality parameter (Smithson 2003), used for Cramér's V.</summary>
    NoncentralChiSquare,

    /// <summary>
    /// Random-effects prediction interval for a new Land, μ ± t(k−2) · sqrt(τ² + SE(μ)²) on the logit scale (Higgins,
    /// Thompson &amp; Spiegelhalter 2009, JRSS A 172:137-159), back-transformed.
    /// </summary>
    RandomEffectsPrediction,

    /// <summary>Wald interval on the logit scale for the random-effects mean, μ ± z · SE(μ), back-transformed.</summary>
    LogitWald,
}
