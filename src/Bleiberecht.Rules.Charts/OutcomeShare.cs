namespace Bleiberecht.Rules.Charts;

/// <summary>A share in [0, 1] with optional interval bounds and an optional paired difference to the base rule.</summary>
/// <param name="Share">Point share.</param>
/// <param name="Lower">Optional lower bound.</param>
/// <param name="Upper">Optional upper bound.</param>
/// <param name="DifferenceToBase">Share minus the base rule's share on the same population, if known.</param>
/// <param name="DifferenceLower">Lower end of the paired interval of the difference.</param>
/// <param name="DifferenceUpper">Upper end of the paired interval of the difference.</param>
public sealed record OutcomeShare(double Share, double? Lower = null, double? Upper = null, double? DifferenceToBase = null, double? DifferenceLower = null, double? DifferenceUpper = null);
