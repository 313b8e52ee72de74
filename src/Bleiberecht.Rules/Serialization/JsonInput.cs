using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Bleiberecht.Rules.Serialization;

/// <summary>
/// Checks on the raw text of a document before it is parsed, so that every loader keeps its contract (only
/// <see cref="JsonDocumentException"/>) for any input: text that is not UTF-8 or UTF-16 (invalid bytes, lone
/// surrogates, raw or escaped as <c>\uDC00</c>) is an error with its position, never a replacement character, an
/// <see cref="ArgumentException"/> or an <see cref="InvalidOperationException"/> from deeper down.
/// </summary>
internal static class JsonInput
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>UTF-8 bytes of a string; a lone surrogate is a problem at its line and column.</summary>
    public static byte[] ToUtf8(string json, string source)
    {
        try
        {
            return Strict.GetBytes(json);
        }
        catch (EncoderFallbackException e)
        {
            var index = Math.Clamp(e.Index, 0, json.Length);
            var (line, column) = LineColumn(json.AsSpan(0, index));
            throw new JsonDocumentException(source, [new JsonProblem("$", line, column, $"the text holds a lone surrogate (U+{(int)e.CharUnknown:X4}) at character {index}: it is not valid Unicode")]);
        }
    }

    /// <summary>Reads a whole stream as UTF-8 bytes, refusing more than <paramref name="limit"/> bytes.</summary>
    public static byte[] ReadAll(Stream stream, long limit, string source)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw new JsonDocumentException(source, [new JsonProblem("$", null, null, $"the document is larger than {limit:N0} bytes (the documented limit)")]);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>The bytes without a UTF-8 byte-order mark.</summary>
    public static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> utf8)
        => utf8.Span.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;

    /// <summary>Throws if the bytes are not valid UTF-8, naming the offset of the first invalid byte.</summary>
    public static void RequireUtf8(ReadOnlySpan<byte> utf8, string source, long offsetBase = 0, long lineBase = 0)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return;
        }

        var offset = InvalidOffset(utf8);
        var (line, column) = LineColumn(utf8[..offset]);
        throw new JsonDocumentException(source, [new JsonProblem("$", line + lineBase, column, $"the file is not valid UTF-8: invalid byte 0x{utf8[offset]:X2} at byte offset {offset + offsetBase}")]);
    }

    /// <summary>
    /// The first string or property name that is escaped into an invalid UTF-16 sequence (<c>"\uDC00"</c>), as a
    /// problem at its position; null if there is none or the document is not well-formed (the parser reports that).
    /// </summary>
    public static JsonProblem? InvalidEscape(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped && !CanRead(ref reader))
                {
                    var (line, column) = LineColumn(utf8[..(int)reader.TokenStartIndex]);
                    return new JsonProblem("$", line, column, "a string escapes a lone surrogate (e.g. \"\\uDC00\"): it is not valid Unicode");
                }
            }
        }
        catch (JsonException)
        {
            // Not well-formed: the parser that runs next reports it with its position.
        }

        return null;
    }

    /// <summary>1-based line and column (in UTF-16 characters) of the end of <paramref name="before"/>.</summary>
    public static (long Line, long Column) LineColumn(ReadOnlySpan<byte> before)
    {
        var lastNewline = before.LastIndexOf((byte)'\n');
        var line = before.Count((byte)'\n') + 1L;
        var rest = before[(lastNewline + 1)..];
        return (line, Utf16Length(rest) + 1);
    }

    /// <summary>1-based line and column of the end of <paramref name="before"/>.</summary>
    public static (long Line, long Column) LineColumn(ReadOnlySpan<char> before)
    {
        var lastNewline = before.LastIndexOf('\n');
        return (before.Count('\n') + 1L, before.Length - lastNewline);
    }

    /// <summary>UTF-16 length of UTF-8 text (lead bytes count 1, four-byte sequences 2), without decoding.</summary>
    public static long Utf16Length(ReadOnlySpan<byte> utf8)
    {
        long n = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                n += b >= 0xF0 ? 2 : 1;
            }
        }

        return n;
    }

    private static bool CanRead(ref Utf8JsonReader reader)
    {
        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static int InvalidOffset(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return utf8.Length;
    }
}
