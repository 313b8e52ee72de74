using System.Text.Json;
using Bleiberecht.Rules.Facts;

namespace Bleiberecht.Rules.Serialization;

/// <summary>
/// The streaming reader behind <see cref="CaseJson.ReadMany"/>: finds the extent of one household at a time in a
/// buffer that holds only that household (<see cref="Utf8JsonReader.TrySkip"/> on a partial buffer), then reads it
/// with the same deserializer and validator as a whole document. Lines and columns are counted on as the stream is
/// consumed, so a problem names its position in the whole stream in time linear in the stream's length.
/// </summary>
internal static class CaseStream
{
    private const int Chunk = 64 * 1024;

    public static IEnumerable<Household> Read(Stream stream, string source)
    {
        var buffer = new byte[Chunk];
        int start = 0, end = 0;
        var final = false;
        long offset = 0, line = 1, column = 1;
        var index = 0;
        bool? array = null;
        var expectSeparator = false;

        // Fills the buffer from the stream; false at the end of the stream.
        bool More()
        {
            if (final)
            {
                return false;
            }

            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                if (buffer.Length >= InputLimits.MaxHouseholdBytes + Chunk)
                {
                    throw Problem(line, column, $"a household is larger than {InputLimits.MaxHouseholdBytes:N0} bytes (the documented limit)");
                }

                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, InputLimits.MaxHouseholdBytes + Chunk));
            }

            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                final = true;
                return false;
            }

            end += read;
            return true;
        }

        // Moves past consumed bytes, counting lines and columns.
        void Consume(int count)
        {
            var span = buffer.AsSpan(start, count);
            var newline = span.LastIndexOf((byte)'\n');
            if (newline >= 0)
            {
                line += span.Count((byte)'\n');
                column = 1 + JsonInput.Utf16Length(span[(newline + 1)..]);
            }
            else
            {
                column += JsonInput.Utf16Length(span);
            }

            offset += count;
            start += count;
        }

        JsonDocumentException Problem(long l, long c, string message) => new(source, [new JsonProblem(array == true ? $"$[{index}]" : "$", l, c, message)]);

        if (offset == 0 && More() && buffer.AsSpan(0, end).StartsWith("\uFEFF"u8))
        {
            start = 3;
            offset = 3;
        }

        while (true)
        {
            // Whitespace and separators up to the next household.
            while (true)
            {
                if (start == end && !More())
                {
                    if (array == true)
                    {
                        throw Problem(line, column, "the array of cases is not closed (missing ']')");
                    }

                    if (array is null)
                    {
                        throw new JsonDocumentException(source, [new JsonProblem("$", 1, 1, "the document is empty; expected a case object or an array of cases")]);
                    }

                    yield break;
                }

                var b = buffer[start];
                if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
                {
                    Consume(1);
                    continue;
                }

                if (array is null)
                {
                    array = b == (byte)'[';
                    if (array == true)
                    {
                        Consume(1);
                        continue;
                    }
                }

                if (array == true && b == (byte)']')
                {
                    Consume(1);
                    array = false;

                    // Only whitespace may follow the closing bracket.
                    while ((start < end || More()) && buffer[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
                    {
                        Consume(1);
                    }

                    if (start < end)
                    {
                        throw Problem(line, column, "unexpected text after the array of cases");
                    }

                    yield break;
                }

                if (array == true && expectSeparator)
                {
                    if (b != (byte)',')
                    {
                        throw Problem(line, column, "expected ',' or ']' after a case");
                    }

                    Consume(1);
                    expectSeparator = false;
                    continue;
                }

                break;
            }

            // The extent of one household: skip it with a reader on the (growing) buffer until it is complete.
            int length;
            while (true)
            {
                var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), final, default);
                bool complete;
                try
                {
                    complete = reader.Read() && reader.TrySkip();
                }
                catch (JsonException)
                {
                    // Malformed: the parser reports it with its position, on what there is of the household.
                    length = end - start;
                    break;
                }

                if (complete)
                {
                    length = (int)reader.BytesConsumed;
                    break;
                }

                if (!More())
                {
                    length = end - start;
                    break;
                }
            }

            var slice = buffer.AsMemory(start, length);
            JsonInput.RequireUtf8(slice.Span, source, offset, line - 1);
            var at = new Relocation(array == true ? index : null, line, column);
            var cases = CaseJson.Parse(slice, source, array: false, at);
            Consume(length);
            index++;
            expectSeparator = true;
            yield return cases[0];
        }
    }
}
