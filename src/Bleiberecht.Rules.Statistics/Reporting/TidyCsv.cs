using System.Globalization;
using System.Text;

namespace Bleiberecht.Rules.Statistics.Reporting;

/// <summary>
/// RFC 4180 writer for the tidy (long-format) exports: one header, comma-separated, fields quoted when they contain a
/// comma, quote, CR or LF, doubles in round-trip invariant format, missing values as empty fields, LF line ends.
/// Every row repeats the run metadata so that a filtered or concatenated file still says where it came from.
/// </summary>
public sealed class TidyCsv
{
    /// <summary>The metadata columns appended to every row.</summary>
    public static readonly IReadOnlyList<string> MetadataColumns = ["version", "commit", "data_sha256", "arguments", "seed"];

    private readonly IReadOnlyList<string> _columns;
    private readonly RunMetadata _metadata;
    private readonly StringBuilder _sb = new();

    /// <summary>Starts a file with the given columns (metadata columns are appended).</summary>
    /// <param name="columns">Data columns.</param>
    /// <param name="metadata">Run metadata repeated on every row.</param>
    public TidyCsv(IReadOnlyList<string> columns, RunMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(metadata);
        _columns = columns;
        _metadata = metadata;
        AppendLine([.. columns, .. MetadataColumns]);
    }

    /// <summary>Formats a double for CSV: round-trip invariant, empty for null.</summary>
    /// <param name="value">Value.</param>
    public static string Num(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Formats an integer for CSV: invariant, empty for null.</summary>
    /// <param name="value">Value.</param>
    public static string Int(long? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Adds a row given as column → value (unknown columns are an error; missing ones are empty).</summary>
    /// <param name="values">Values by column name.</param>
    public void Row(IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var key in values.Keys)
        {
            if (!_columns.Contains(key))
            {
                throw new ArgumentException($"unknown column '{key}'", nameof(values));
            }
        }

        AppendLine([.. _columns.Select(c => values.TryGetValue(c, out var v) ? v ?? string.Empty : string.Empty),
            _metadata.Version, _metadata.Commit, _metadata.DataSha256, string.Join(' ', _metadata.Arguments), Int(_metadata.Seed)]);
    }

    /// <summary>The CSV text.</summary>
    public override string ToString() => _sb.ToString();

    private void AppendLine(IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                _sb.Append(',');
            }

            var f = fields[i];
            if (f.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                _sb.Append('"').Append(f.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                _sb.Append(f);
            }
        }

        _sb.Append('\n');
    }
}
