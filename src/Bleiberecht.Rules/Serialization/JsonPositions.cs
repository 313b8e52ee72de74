using System.Text;
using System.Text.Json;

namespace Bleiberecht.Rules.Serialization;

/// <summary>
/// Line and column of every property and value in a JSON document, keyed by JSON path (<c>$.a.b[0]</c>,
/// <c>$.overrides['Family.MinChildAge']</c> for names that are not plain identifiers). <see cref="JsonDocument"/>
/// forgets positions, so semantic errors found after parsing use this index to point into the file.
/// </summary>
public sealed class JsonPositions
{
    private readonly Dictionary<string, (long Line, long Column)> _positions;

    private JsonPositions(Dictionary<string, (long Line, long Column)> positions) => _positions = positions;

    /// <summary>The 1-based line and column where the value (or the property name) at <paramref name="path"/> starts.</summary>
    public (long Line, long Column)? Find(string path) => _positions.TryGetValue(path, out var p) ? p : null;

    /// <summary>Builds the index; the document must already be known to be well-formed JSON.</summary>
    public static JsonPositions Index(string json) => Index(Encoding.UTF8.GetBytes(json));

    /// <summary>
    /// Builds the index from UTF-8 text. Linear in the document's length: tokens come in order, so each column is
    /// counted on from the previous token instead of from the start of its line (a one-line file of megabytes would
    /// otherwise take quadratic time).
    /// </summary>
    internal static JsonPositions Index(ReadOnlySpan<byte> bytes)
    {
        long line = 1, column = 1, at = 0, lineStart = 0;
        (long, long) At(ReadOnlySpan<byte> text, long offset)
        {
            var span = text[(int)at..(int)offset];
            var newline = span.LastIndexOf((byte)'\n');
            if (newline >= 0)
            {
                line += span.Count((byte)'\n');
                lineStart = at + newline + 1;
                column = 1 + JsonInput.Utf16Length(text[(int)lineStart..(int)offset]);
            }
            else
            {
                column += JsonInput.Utf16Length(span);
            }

            at = offset;
            return (line, column);
        }

        var positions = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var stack = new Stack<(bool IsArray, string Path, int Index)>();
        string? pendingName = null;
        string Current()
        {
            if (stack.Count == 0)
            {
                return "$";
            }

            var top = stack.Peek();
            return top.IsArray ? $"{top.Path}[{top.Index}]" : Child(top.Path, pendingName ?? string.Empty);
        }

        void Advance()
        {
            if (stack.Count > 0 && stack.Peek().IsArray)
            {
                var top = stack.Pop();
                stack.Push(top with { Index = top.Index + 1 });
            }
        }

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = Name(ref reader);
                    positions.TryAdd(Current(), At(bytes, reader.TokenStartIndex));
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    var path = Current();
                    positions.TryAdd(path, At(bytes, reader.TokenStartIndex));
                    stack.Push((reader.TokenType == JsonTokenType.StartArray, path, 0));
                    pendingName = null;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    stack.Pop();
                    Advance();
                    break;
                default:
                    positions.TryAdd(Current(), At(bytes, reader.TokenStartIndex));
                    Advance();
                    break;
            }
        }

        return new JsonPositions(positions);
    }

    /// <summary>A property name; one that escapes an invalid UTF-16 sequence is kept as written (the loaders report it).</summary>
    private static string Name(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    /// <summary>The path of a property below <paramref name="parent"/>, in dot or bracket notation.</summary>
    public static string Child(string parent, string name)
        => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$')
            ? $"{parent}.{name}"
            : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
}
