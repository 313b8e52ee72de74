namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>
/// A share of one outcome category under one rule set with its bootstrap 95 % interval, and its difference to the
/// base rule set (same resampled households, so the difference interval is paired).
/// </summary>
/// <param name="Category">Outcome category.</param>
/// <param name="Share">Point estimate in [0, 1] on the full population.</param>
/// <param name="Lower">Lower end of the 95 % percentile interval (≤ <paramref name="Share"/>).</param>
/// <param name="Upper">Upper end of the 95 % percentile interval (≥ <paramref name="Share"/>).</param>
/// <param name="DifferenceToBase">Share minus the base rule set's share (0 for the base itself).</param>
/// <param name="DifferenceLower">Lower end of the paired 95 % interval of the difference.</param>
/// <param name="DifferenceUpper">Upper end of the paired 95 % interval of the difference.</param>
public sealed record ShareEstimate(
    OutcomeCategory Category,
    double Share,
    double Lower,
    double Upper,
    double DifferenceToBase,
    double DifferenceLower,
    double DifferenceUpper);
