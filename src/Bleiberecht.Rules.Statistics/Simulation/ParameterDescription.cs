namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>One line of <see cref="PopulationParameters.Entries"/>: a parameter's name, value and provenance.</summary>
/// <param name="Name">Property name in <see cref="PopulationParameters"/>.</param>
/// <param name="Value">The value, formatted with the invariant culture.</param>
/// <param name="Provenance">Citation or labelled assumption.</param>
public sealed record ParameterDescription(string Name, string Value, Provenance Provenance);
