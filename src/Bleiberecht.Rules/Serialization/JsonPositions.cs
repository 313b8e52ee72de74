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
    public static JsonPositions Index(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        (long, long) At(long offset)
        {
            var index = lineStarts.BinarySearch((int)offset);
            var line = index >= 0 ? index : ~index - 1;
            var column = Encoding.UTF8.GetCharCount(bytes, lineStarts[line], (int)offset - lineStarts[line]) + 1;
            return (line + 1, column);
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
                    pendingName = reader.GetString();
                    positions.TryAdd(Current(), At(reader.TokenStartIndex));
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    var path = Current();
                    positions.TryAdd(path, At(reader.TokenStartIndex));
                    stack.Push((reader.TokenType == JsonTokenType.StartArray, path, 0));
                    pendingName = null;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    stack.Pop();
                    Advance();
                    break;
                default:
                    positions.TryAdd(Current(), At(reader.TokenStartIndex));
                    Advance();
                    break;
            }
        }

        return new JsonPositions(positions);
    }

    /// <summary>The path of a property below <paramref name="parent"/>, in dot or bracket notation.</summary>
    public static string Child(string parent, string name)
        => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$')
            ? $"{parent}.{name}"
            : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
}
