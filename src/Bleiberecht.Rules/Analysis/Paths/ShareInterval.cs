namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>A share with its 95 % percentile-bootstrap interval.</summary>
/// <param name="Share">The point estimate (0 to 1).</param>
/// <param name="Lower">The 2.5 % quantile of the bootstrap replicates.</param>
/// <param name="Upper">The 97.5 % quantile of the bootstrap replicates.</param>
public sealed record ShareInterval(double Share, double Lower, double Upper);
