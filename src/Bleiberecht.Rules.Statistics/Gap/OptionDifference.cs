namespace Bleiberecht.Rules.Statistics.Gap;

/// <summary>One discretion option on which two Land profiles differ, as transcribed from the study.</summary>
/// <param name="OptionId">Catalogue id, e.g. <c>Residence.ResidenzpflichtLifted</c>.</param>
/// <param name="ValueA">The first Land's value (compact JSON), or <c>base</c> where the study states none.</param>
/// <param name="ValueB">The second Land's value, or <c>base</c>.</param>
/// <param name="SourceA">Study lines of the first Land's value, if stated.</param>
/// <param name="SourceB">Study lines of the second Land's value, if stated.</param>
/// <param name="Encoded">False for procedural options, which no decision rule reads (group b of the catalogue).</param>
/// <param name="SameEffect">
/// True where the two values differ as stated but give the same rule parameters — typically one Land states the
/// base value and the other states nothing — so they cannot contribute to the coded difference.
/// </param>
public sealed record OptionDifference(string OptionId, string ValueA, string ValueB, string? SourceA, string? SourceB, bool Encoded, bool SameEffect);
