namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>One bin of a <see cref="PiecewiseUniform"/>: chosen with relative weight, then uniform in [Min, Max).</summary>
/// <param name="Weight">Relative weight (not necessarily normalised), ≥ 0.</param>
/// <param name="Min">Lower end (inclusive).</param>
/// <param name="Max">Upper end (exclusive); equal to <paramref name="Min"/> for a point mass.</param>
public sealed record UniformBin(double Weight, double Min, double Max);
