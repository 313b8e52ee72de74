namespace Bleiberecht.Rules.Statistics.Data;

/// <summary>
/// One figure printed in a Land chapter (4.1-4.16, L396-3461) or the foreword, in long format
/// (one row of the embedded Land-chapter figures).
/// </summary>
/// <param name="Scope">Land or Kommune.</param>
/// <param name="LandIso">ISO code of the Land (for a Kommune: its Land).</param>
/// <param name="Name">Land or Kommune name as used in the source.</param>
/// <param name="Metric">Full metric id as in the CSV, including an optional <c>[qualifier]</c>.</param>
/// <param name="Value">The number; null when the source states that no figure exists ("keine Zahlen", L795) — never zero.</param>
/// <param name="Unit">Counting unit as printed.</param>
/// <param name="ReferenceDate">Reference date, null when none is printed.</param>
/// <param name="SourceLine">Line on which the number is printed.</param>
/// <param name="Note">Qualifiers and pointers to findings.</param>
/// <param name="CsvLine">Line in the CSV file (for error messages).</param>
public sealed record ChapterFigure(
    FigureScope Scope,
    string LandIso,
    string Name,
    string Metric,
    FigureValue? Value,
    CountingUnit Unit,
    ReferenceDate? ReferenceDate,
    int SourceLine,
    string Note,
    int CsvLine)
{
    /// <summary>Metric id without the bracketed category (<c>rejected_reason</c> for <c>rejected_reason[Stichtagsregelung]</c>).</summary>
    public string BaseMetric => Metric.IndexOf('[', StringComparison.Ordinal) is var i and >= 0 ? Metric[..i] : Metric;

    /// <summary>The bracketed category, or null.</summary>
    public string? Category => Metric.IndexOf('[', StringComparison.Ordinal) is var i and >= 0 && Metric.EndsWith(']')
        ? Metric[(i + 1)..^1]
        : null;

    /// <summary>How exactly the figure is printed (from the note, DQ-33).</summary>
    public ValueQualifier Qualifier => ValueQualifiers.FromNote(Note, Value);

    /// <summary>The citation of this figure.</summary>
    public SourceLineRange Source => SourceLineRange.Line(SourceLine);

    /// <summary>The point value or null.</summary>
    public decimal? Number => Value?.Point;
}
