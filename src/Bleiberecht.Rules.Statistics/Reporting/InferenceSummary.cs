using Bleiberecht.Rules.Statistics.Inference;

namespace Bleiberecht.Rules.Statistics.Reporting;

/// <summary>
/// Cross-Land inference on table 6.1 in two views (ADR 0004): per application (permits / applications, which mixes
/// approval with processing backlog) and per decided case (permits / (permits + refusals)), with the backlog share
/// per Land in the rows.
/// </summary>
/// <param name="PerApplication">Permit rate per application, the 16 Länder.</param>
/// <param name="Decided">Permit rate per decided case, the Länder that publish refusals (RP prints k.A.).</param>
/// <param name="ApplicationRateVsPermitsPerDuldung">
/// Spearman ρ of applications / Duldungen vs permits / Duldungen. Replaces application rate vs permits / applications,
/// where applications is the denominator of one and the numerator of the other (mechanically coupled).
/// </param>
/// <param name="PermitRateVsUndecidedShare">Spearman ρ of permits / applications vs undecided / applications: how much of the per-application rate is backlog.</param>
/// <param name="DesignEffect">Assumed design effect applied to the tests and pairwise intervals (1 = none).</param>
/// <param name="Caveats">Why these tests describe published counts rather than samples, and where units differ.</param>
public sealed record InferenceSummary(
    RateComparison PerApplication,
    RateComparison Decided,
    SpearmanCorrelation ApplicationRateVsPermitsPerDuldung,
    SpearmanCorrelation PermitRateVsUndecidedShare,
    double DesignEffect,
    IReadOnlyList<string> Caveats);
