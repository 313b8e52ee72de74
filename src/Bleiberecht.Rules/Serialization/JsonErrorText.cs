using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace Bleiberecht.Rules.Serialization;

/// <summary>
/// Turns System.Text.Json's generic messages ("could not be converted to Person") into what a user can act on:
/// the expected type of the field at the path, the value that was found, and a "did you mean" for unknown
/// properties. The expected type is read from the source-generated metadata, so it cannot drift from the model.
/// </summary>
internal static partial class JsonErrorText
{
    /// <summary>A better message for a deserialization error at <paramref name="path"/>, or null to keep the original.</summary>
    public static string? Explain(ReadOnlyMemory<byte> json, string path, string original, JsonTypeInfo root)
    {
        var segments = Segments(path);
        if (original.Contains("could not be mapped", StringComparison.Ordinal) && segments.Count > 0 && segments[^1] is string unknown)
        {
            var parent = Walk(root, segments.Take(segments.Count - 1));
            var names = parent?.Properties.Select(p => p.Name).ToList() ?? [];
            // A name far longer than any known one gets no suggestion: the edit distance is quadratic in its length.
            var close = unknown.Length > InputLimits.MaxSuggestedNameLength ? []
                : names.Where(n => Profiles.EditDistance.Between(n.ToLowerInvariant(), unknown.ToLowerInvariant()) <= Math.Max(2, unknown.Length / 4)).ToList();
            return $"unknown property '{InputLimits.Echo(unknown)}'" + (close.Count > 0 ? $"; did you mean '{close[0]}'?" : names.Count > 0 ? $" (known: {string.Join(", ", names)})" : string.Empty);
        }

        if (!original.Contains("could not be converted", StringComparison.Ordinal))
        {
            return null;
        }

        var target = Walk(root, segments);
        var expected = target is null ? null : Describe(target.Type);
        var found = Found(json, segments);
        return expected is null ? null : $"expected {expected}" + (found is null ? string.Empty : $", found {found}");
    }

    private static List<object> Segments(string path)
    {
        var result = new List<object>();
        foreach (Match m in SegmentPattern().Matches(path))
        {
            if (m.Groups["name"].Success)
            {
                result.Add(m.Groups["name"].Value);
            }
            else if (m.Groups["quoted"].Success)
            {
                result.Add(m.Groups["quoted"].Value);
            }
            else
            {
                result.Add(int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return result;
    }

    private static JsonTypeInfo? Walk(JsonTypeInfo root, IEnumerable<object> segments)
    {
        var current = root;
        foreach (var segment in segments)
        {
            var type = segment switch
            {
                string name => current.Properties.FirstOrDefault(p => p.Name == name)?.PropertyType,
                _ => ElementType(current.Type),
            };
            if (type is null)
            {
                return null;
            }

            current = current.Options.GetTypeInfo(type);
        }

        return current;
    }

    private static Type? ElementType(Type type)
        => type.IsArray ? type.GetElementType()
            : type.IsGenericType && type.GetGenericArguments() is [var element] ? element
            : null;

    private static string Describe(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsEnum)
        {
            return "one of " + string.Join(", ", Enum.GetNames(t));
        }

        return t switch
        {
            _ when t == typeof(DateOnly) => "a date \"YYYY-MM-DD\"",
            _ when t == typeof(bool) => "true or false",
            _ when t == typeof(int) => "a whole number",
            _ when t == typeof(decimal) => "a number",
            _ when t == typeof(string) => "a string",
            _ when ElementType(t) is not null && t != typeof(string) => "an array",
            _ => "an object",
        } + (Nullable.GetUnderlyingType(type) is not null || !type.IsValueType ? " (or null)" : string.Empty);
    }

    private static string? Found(ReadOnlyMemory<byte> json, IReadOnlyList<object> segments)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var element = document.RootElement;
            foreach (var segment in segments)
            {
                if (segment is string name)
                {
                    if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
                    {
                        return null;
                    }
                }
                else if (element.ValueKind == JsonValueKind.Array && (int)segment < element.GetArrayLength())
                {
                    element = element[(int)segment];
                }
                else
                {
                    return null;
                }
            }

            return InputLimits.Echo(element.GetRawText());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"\.(?<name>[A-Za-z_$][A-Za-z0-9_$]*)|\['(?<quoted>[^']*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex SegmentPattern();
}
