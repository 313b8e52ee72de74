using System.Globalization;

namespace Bleiberecht.Rules.Statistics.Data;

/// <summary>
/// A 1-based, inclusive range of lines of the 2008 study in its plain-text edition (cited as <c>L4320-4369</c>). Every published number and every
/// finding cites the study by line so that a reader can check the arithmetic against the printed text.
/// </summary>
/// <param name="From">First line.</param>
/// <param name="To">Last line (equal to <paramref name="From"/> for a single line).</param>
public readonly record struct SourceLineRange(int From, int To)
{
    /// <summary>A single line.</summary>
    /// <param name="line">The 1-based line number.</param>
    public static SourceLineRange Line(int line) => new(line, line);

    /// <summary>A range of lines.</summary>
    /// <param name="from">First line.</param>
    /// <param name="to">Last line.</param>
    public static SourceLineRange Lines(int from, int to) => new(from, to);

    /// <summary>Formats as <c>L123</c> or <c>L123-130</c>, the citation style of the domain documents.</summary>
    public override string ToString() => From == To
        ? string.Create(CultureInfo.InvariantCulture, $"L{From}")
        : string.Create(CultureInfo.InvariantCulture, $"L{From}-{To}");
}
