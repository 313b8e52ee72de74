using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>Shared helpers for the rule implementations.</summary>
internal abstract class DataQualityCheck : IDataQualityCheck
{
    public abstract string Id { get; }

    public abstract string Title { get; }

    public abstract IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data);

    /// <summary>k.A. counts as 0 only where a data-quality rule says so explicitly.</summary>
    protected static decimal Z(int? v) => v ?? 0;

    protected static decimal V(StatisticsDataset d, string name, string metric)
        => d.Chapters.Require(name, metric).Number ?? throw new StatisticsDataException(StatisticsDataset.ChapterFiguresFileName,
            d.Chapters.Require(name, metric).CsvLine, 5, "value", $"'{metric}' for '{name}' has no value");

    protected static SourceLineRange Line(StatisticsDataset d, string name, string metric) => d.Chapters.Require(name, metric).Source;

    protected DataQualityFinding F(FindingSeverity s, string? land, string? place, string message, IEnumerable<Calculation> calc, params SourceLineRange[] lines)
        => Finding.Of(Id, s, land, place, message, calc, lines);

    protected static SourceLineRange L(int line) => SourceLineRange.Line(line);

    protected static SourceLineRange L(int from, int to) => SourceLineRange.Lines(from, to);
}
