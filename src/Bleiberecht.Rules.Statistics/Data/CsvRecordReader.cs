namespace Bleiberecht.Rules.Statistics.Data;

/// <summary>One CSV record with the 1-based line on which it starts.</summary>
internal sealed record CsvRecord(int LineNumber, IReadOnlyList<string> Fields);

/// <summary>
/// Minimal RFC 4180 reader (quoted fields, doubled quotes). Written by hand because the data contain commas inside
/// quoted notes and metric qualifiers, and because errors must report file, line and column.
/// </summary>
internal static class CsvRecordReader
{
    public static IReadOnlyList<CsvRecord> Read(string text, string fileName)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var fieldWasQuoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    inQuotes = false;
                    i++;
                    continue;
                }

                if (c == '\n')
                {
                    line++;
                }

                field.Append(c);
                i++;
                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !fieldWasQuoted:
                    inQuotes = true;
                    fieldWasQuoted = true;
                    break;
                case '"':
                    throw new StatisticsDataException(fileName, line, fields.Count + 1, null, "unexpected quote inside an unquoted field");
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldWasQuoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldWasQuoted = false;
                    if (!(fields.Count == 1 && fields[0].Length == 0))
                    {
                        records.Add(new CsvRecord(recordLine, fields.ToArray()));
                    }

                    fields.Clear();
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (fieldWasQuoted)
                    {
                        throw new StatisticsDataException(fileName, line, fields.Count + 1, null, "text after a closing quote");
                    }

                    field.Append(c);
                    break;
            }

            i++;
        }

        if (inQuotes)
        {
            throw new StatisticsDataException(fileName, recordLine, fields.Count + 1, null, "unterminated quoted field");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRecord(recordLine, fields.ToArray()));
        }

        return records;
    }
}
