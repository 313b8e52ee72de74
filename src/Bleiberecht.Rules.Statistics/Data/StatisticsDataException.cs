using System.Globalization;

namespace Bleiberecht.Rules.Statistics.Data;

/// <summary>
/// Raised when an embedded dataset cannot be parsed. It names the file, the 1-based line and the 1-based column so
/// that a malformed copy of the shared data is found immediately instead of surfacing as a bare
/// <see cref="FormatException"/>.
/// </summary>
public sealed class StatisticsDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">Dataset file name.</param>
    /// <param name="line">1-based line in the CSV file.</param>
    /// <param name="column">1-based column (field index) in the CSV file.</param>
    /// <param name="columnName">Header name of the column, if known.</param>
    /// <param name="problem">What is wrong with the value.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public StatisticsDataException(string fileName, int line, int column, string? columnName, string problem, Exception? inner = null)
        : base(string.Create(CultureInfo.InvariantCulture,
            $"{fileName}, line {line}, column {column}{(columnName is null ? string.Empty : " (" + columnName + ")")}: {problem}"), inner)
    {
        FileName = fileName;
        LineNumber = line;
        ColumnNumber = column;
        ColumnName = columnName;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public StatisticsDataException() : this("?", 0, 0, null, "unspecified data error") { }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public StatisticsDataException(string message) : this("?", 0, 0, null, message) { }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public StatisticsDataException(string message, Exception innerException) : this("?", 0, 0, null, message, innerException) { }

    /// <summary>Dataset file name.</summary>
    public string FileName { get; }

    /// <summary>1-based line number in the CSV file.</summary>
    public int LineNumber { get; }

    /// <summary>1-based column number in the CSV file.</summary>
    public int ColumnNumber { get; }

    /// <summary>Header name of the column, if known.</summary>
    public string? ColumnName { get; }

    /// <summary>What is wrong with the value.</summary>
    public string Problem { get; }
}
