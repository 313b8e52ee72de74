namespace Bleiberecht.Rules.Statistics.Charts;

/// <summary>A share in [0, 1] with optional interval bounds (e.g. from simulation quantiles).</summary>
/// <param name="Share">Point share.</param>
/// <param name="Lower">Optional lower bound.</param>
/// <param name="Upper">Optional upper bound.</param>
public sealed record OutcomeShare(double Share, double? Lower = null, double? Upper = null);
