using System.Globalization;

namespace Bleiberecht.Rules.Statistics.Data;

/// <summary>
/// Typed, culture-invariant access to the fields of one CSV record. Every failure becomes a
/// <see cref="StatisticsDataException"/> naming file, line and column.
/// </summary>
internal sealed class CsvFieldParser
{
    private readonly string _fileName;
    private readonly IReadOnlyList<string> _header;
    private readonly CsvRecord _record;

    public CsvFieldParser(string fileName, IReadOnlyList<string> header, CsvRecord record)
    {
        _fileName = fileName;
        _header = header;
        _record = record;
        if (record.Fields.Count != header.Count)
        {
            throw new StatisticsDataException(fileName, record.LineNumber, Math.Min(record.Fields.Count, header.Count) + 1, null,
                string.Create(CultureInfo.InvariantCulture, $"expected {header.Count} fields, found {record.Fields.Count}"));
        }
    }

    public int LineNumber => _record.LineNumber;

    public string Text(string column) => _record.Fields[Index(column)].Trim();

    public string? OptionalText(string column)
    {
        var t = Text(column);
        return t.Length == 0 ? null : t;
    }

    /// <summary>An integer count; empty or the printed marker "k.A." (keine Angabe) gives null, never zero.</summary>
    public int? OptionalInt(string column)
    {
        var t = Text(column);
        if (IsMissing(t))
        {
            return null;
        }

        return int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw Fail(column, $"'{t}' is not a non-negative integer");
    }

    public int RequiredInt(string column) => OptionalInt(column) ?? throw Fail(column, "value is required");

    public decimal? OptionalDecimal(string column)
    {
        var t = Text(column);
        if (IsMissing(t))
        {
            return null;
        }

        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw Fail(column, $"'{t}' is not a decimal number with '.' as decimal point");
    }

    public StatisticsDataException Fail(string column, string problem)
        => new(_fileName, _record.LineNumber, Index(column) + 1, column, problem);

    private static bool IsMissing(string t) => t.Length == 0 || t.Equals("k.A.", StringComparison.Ordinal);

    private int Index(string column)
    {
        for (var i = 0; i < _header.Count; i++)
        {
            if (string.Equals(_header[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new StatisticsDataException(_fileName, 1, _header.Count + 1, column, "required column missing from header");
    }
}
