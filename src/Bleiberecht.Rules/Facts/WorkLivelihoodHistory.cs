namespace Bleiberecht.Rules.Facts;

/// <summary>
/// How the household's livelihood was secured by its own work while its § 104a permit ran — the facts of the extension
/// under § 104a Abs. 5 S. 2 AufenthG ([background]: verify). The statute asks whether livelihood "bis zum 31. Dezember
/// 2009 überwiegend eigenständig durch Erwerbstätigkeit gesichert war" or is secured "mindestens seit dem 1. April
/// 2009" not only temporarily. The period is read as the months from the grant of the § 104a permit until 31.12.2009;
/// the authority counts the months, so they are facts of the case (whole months, as the authority records them).
/// </summary>
public sealed record WorkLivelihoodHistory
{
    /// <summary>Whole months from the grant of the § 104a permit until 31.12.2009 (the period the statute looks back on).</summary>
    public int? MonthsInPeriod { get; init; }

    /// <summary>Of those, the months in which the household's livelihood was secured independently by work.</summary>
    public int? MonthsSecuredByWork { get; init; }

    /// <summary>The household's livelihood is now secured independently and not only temporarily (Abs. 5 S. 2, second case).</summary>
    public bool? FullySecured { get; init; }

    /// <summary>Since when it has been so secured without interruption (read with <see cref="FullySecured"/>).</summary>
    public DateOnly? FullySecuredSince { get; init; }

    /// <summary>
    /// The household showed efforts to secure its livelihood (e.g. part-time work, job applications): the condition
    /// of the further extension "auf Probe" under the IMK decision of 4.12.2009 ([background]: verify).
    /// </summary>
    public bool? EffortsShown { get; init; }
}
