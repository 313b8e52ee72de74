using System.Globalization;
using System.Reflection;

namespace Bleiberecht.Rules.Statistics.Data;

/// <summary>
/// The two published datasets of the study: table 6.1 (L4320-4369) and the Land-chapter figures. Loaded from CSV
/// transcriptions embedded in the assembly, parsed culture-invariantly.
/// </summary>
/// <param name="Table">Table 6.1.</param>
/// <param name="Chapters">Land-chapter figures.</param>
public sealed record StatisticsDataset(Table61 Table, ChapterFigures Chapters)
{
    /// <summary>Embedded file name of table 6.1.</summary>
    public const string Table61FileName = "table-6-1.csv";

    /// <summary>Embedded file name of the chapter figures.</summary>
    public const string ChapterFiguresFileName = "land-chapter-figures.csv";

    /// <summary>Loads both embedded datasets. Each call parses afresh; there is no cached global state.</summary>
    public static StatisticsDataset LoadEmbedded()
        => new(ParseTable61(ReadResource(Table61FileName)), ParseChapterFigures(ReadResource(ChapterFiguresFileName)));

    /// <summary>Parses table 6.1 from CSV text (header as in the embedded transcription <see cref="Table61FileName"/>).</summary>
    /// <param name="csv">CSV text.</param>
    /// <param name="fileName">Name used in error messages.</param>
    /// <exception cref="StatisticsDataException">A row is malformed; the message names file, line and column.</exception>
    public static Table61 ParseTable61(string csv, string fileName = Table61FileName)
    {
        var records = CsvRecordReader.Read(csv, fileName);
        if (records.Count == 0)
        {
            throw new StatisticsDataException(fileName, 1, 1, null, "file is empty");
        }

        var header = records[0].Fields;
        var rows = new List<Table61Row>();
        foreach (var record in records.Skip(1))
        {
            var p = new CsvFieldParser(fileName, header, record);
            var iso = p.Text("land_iso");
            if (iso.Length != 2)
            {
                throw p.Fail("land_iso", $"'{iso}' is not a two-letter code");
            }

            rows.Add(new Table61Row(
                iso,
                p.Text("land_label_printed"),
                p.Text("land_name"),
                p.OptionalInt("duldungen_2006_10_31"),
                p.OptionalInt("antraege"),
                p.OptionalDecimal("antraege_pct_printed"),
                p.OptionalInt("aufenthaltserlaubnisse"),
                p.OptionalDecimal("ae_pct_printed"),
                p.OptionalInt("duldung_arbeitssuche"),
                p.OptionalInt("ablehnung"),
                p.OptionalInt("offen"),
                p.RequiredInt("source_line")));
        }

        return new Table61(rows);
    }

    /// <summary>Parses the chapter figures from CSV text (the header of the embedded transcription).</summary>
    /// <param name="csv">CSV text.</param>
    /// <param name="fileName">Name used in error messages.</param>
    /// <exception cref="StatisticsDataException">A row is malformed; the message names file, line and column.</exception>
    public static ChapterFigures ParseChapterFigures(string csv, string fileName = ChapterFiguresFileName)
    {
        var records = CsvRecordReader.Read(csv, fileName);
        if (records.Count == 0)
        {
            throw new StatisticsDataException(fileName, 1, 1, null, "file is empty");
        }

        var header = records[0].Fields;
        var figures = new List<ChapterFigure>();
        foreach (var record in records.Skip(1))
        {
            var p = new CsvFieldParser(fileName, header, record);
            var scopeText = p.Text("scope");
            var scope = scopeText switch
            {
                "land" => FigureScope.Land,
                "kommune" => FigureScope.Kommune,
                _ => throw p.Fail("scope", $"'{scopeText}' is neither 'land' nor 'kommune'"),
            };
            var unitText = p.Text("unit");
            if (!CountingUnits.TryParse(unitText, out var unit))
            {
                throw p.Fail("unit", $"unknown counting unit '{unitText}'");
            }

            var dateText = p.OptionalText("reference_date");
            figures.Add(new ChapterFigure(
                scope,
                p.Text("land_iso"),
                p.Text("name"),
                p.Text("metric"),
                ParseValue(p),
                unit,
                dateText is null ? null : ReferenceDate.Parse(dateText),
                p.RequiredInt("source_line"),
                p.Text("note"),
                p.LineNumber));
        }

        return new ChapterFigures(figures);
    }

    private static FigureValue? ParseValue(CsvFieldParser p)
    {
        var text = p.Text("value");
        if (text.Length == 0)
        {
            return null;
        }

        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots >= 0)
        {
            var lo = ParseDecimal(p, text[..dots]);
            var hi = ParseDecimal(p, text[(dots + 2)..]);
            return lo <= hi ? new FigureValue(lo, hi) : throw p.Fail("value", $"range '{text}' has lower > upper");
        }

        return FigureValue.Of(ParseDecimal(p, text));
    }

    private static decimal ParseDecimal(CsvFieldParser p, string text)
        => decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw p.Fail("value", $"'{text}' is not a number with '.' as decimal point");

    private static string ReadResource(string fileName)
    {
        var name = "Bleiberecht.Rules.Statistics.Data." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new StatisticsDataException(fileName, 0, 0, null, "embedded resource not found");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
