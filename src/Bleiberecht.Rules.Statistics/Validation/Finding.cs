using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation;

/// <summary>Concise constructors for <see cref="DataQualityFinding"/>.</summary>
internal static class Finding
{
    public static DataQualityFinding Of(string id, FindingSeverity severity, string? land, string? place, string message,
        IEnumerable<Calculation> arithmetic, params SourceLineRange[] lines)
        => new(id, severity, land, place, message, arithmetic.ToArray(), lines.Distinct().OrderBy(l => l.From).ToArray());

    public static SourceLineRange L(int line) => SourceLineRange.Line(line);

    public static SourceLineRange L(int from, int to) => SourceLineRange.Lines(from, to);
}
