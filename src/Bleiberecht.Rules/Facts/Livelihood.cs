namespace Bleiberecht.Rules.Facts;

/// <summary>Household-level facts for <c>IMK.Livelihood.Secured</c> (L633-634, L171-172).</summary>
public sealed record Livelihood
{
    /// <summary>
    /// Monthly need of the household in EUR as the authority computes it (standard rates plus housing). The study
    /// prints no amounts ("Einkommensmindestgrenzen", L4305-4307), so the need is a fact of the case.
    /// </summary>
    public decimal? MonthlyNeedEur { get; init; }

    /// <summary>The household currently receives public benefits (social assistance, AsylbLG, SGB II).</summary>
    public bool? ReceivesBenefits { get; init; }

    /// <summary>
    /// The household depends on public benefits only temporarily, to supplement its own income (e.g. until a job
    /// pays enough) — whether it draws them yet or not. Read by A10 (temporary receipt tolerated) and by Punkt 3.3
    /// groups (b) and (c) [background], which speak of families "angewiesen" on supplementary benefits.
    /// </summary>
    public bool? BenefitsTemporary { get; init; }

    /// <summary>Child benefit the household would receive (Kindergeld), EUR per month, for notional income.</summary>
    public decimal? NotionalChildBenefitEur { get; init; }

    /// <summary>Housing benefit the household would receive (Wohngeld), EUR per month, for notional income.</summary>
    public decimal? NotionalHousingBenefitEur { get; init; }

    /// <summary>
    /// Livelihood including care is permanently secured without public funds other than by employment (e.g. a
    /// person unable to work supported by relatives) — an exception group of Punkt 3.3 [background].
    /// </summary>
    public bool? SecuredOtherwiseWithoutPublicFunds { get; init; }
}
