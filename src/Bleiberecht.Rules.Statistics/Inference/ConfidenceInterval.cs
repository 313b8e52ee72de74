namespace Bleiberecht.Rules.Statistics.Inference;

/// <summary>A two-sided confidence interval for a proportion.</summary>
/// <param name="Method">Wilson score or Clopper–Pearson exact.</param>
/// <param name="Level">Confidence level, e.g. 0.95.</param>
/// <param name="Lower">Lower limit in [0, 1].</param>
/// <param name="Upper">Upper limit in [0, 1].</param>
public sealed record ConfidenceInterval(IntervalMethod Method, double Level, double Lower, double Upper);
