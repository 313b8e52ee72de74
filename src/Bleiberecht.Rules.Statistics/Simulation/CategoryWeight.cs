namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>One category of a <see cref="CategoricalDistribution{T}"/> with its relative weight.</summary>
/// <typeparam name="T">Category type.</typeparam>
/// <param name="Value">The category.</param>
/// <param name="Weight">Relative weight, ≥ 0.</param>
public sealed record CategoryWeight<T>(T Value, double Weight);
