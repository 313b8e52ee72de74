namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>One population parameter: a value and its provenance.</summary>
/// <typeparam name="T">Value type: a share, a date, a distribution.</typeparam>
/// <param name="Value">The value used by <see cref="PopulationGenerator"/>.</param>
/// <param name="Provenance">Citation or labelled assumption.</param>
public sealed record Parameter<T>(T Value, Provenance Provenance)
{
    /// <summary>A copy with a caller's value, labelled <see cref="ProvenanceKind.Override"/>.</summary>
    /// <param name="value">New value.</param>
    /// <param name="why">Why it was changed (shown by <see cref="PopulationParameters.Describe"/>).</param>
    public Parameter<T> Override(T value, string why = "set by the caller") => new(value, Provenance.Override(why));
}
