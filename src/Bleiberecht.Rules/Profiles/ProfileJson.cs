using System.Globalization;
using System.Text.Json;
using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Profiles;

/// <summary>Small readers for the embedded profile data (invariant culture throughout).</summary>
internal static class ProfileJson
{
    public static string RequiredString(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new ProfileDataException(null, $"missing string property '{name}' in {Abbrev(o)}");

    public static string? OptionalString(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static bool OptionalBool(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    public static Citation? Lines(JsonElement o, string name) =>
        OptionalString(o, name) is { Length: > 0 } s ? Citation.Source(s) : null;

    public static IReadOnlyList<string> Strings(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList().AsReadOnly()
            : [];

    public static DateOnly? IsoDate(string? text) =>
        text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    private static string Abbrev(JsonElement o)
    {
        var raw = o.GetRawText();
        return raw.Length <= 80 ? raw : raw[..80] + "...";
    }
}
