using System.Collections.ObjectModel;
using System.Text.Json;
using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Profiles;

/// <summary>
/// The 45 discretion options (A01-A32 group a, P01-P13 group b), loaded once from the embedded
/// <c>options-catalogue.json</c> into immutable records.
/// </summary>
public static class OptionCatalog
{
    internal const string ResourceName = "Bleiberecht.Rules.Profiles.Data.options-catalogue.json";

    private static readonly Lazy<Catalogue> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>All options in catalogue order.</summary>
    public static IReadOnlyList<OptionDefinition> All => Loaded.Value.Options;

    /// <summary>The option with <paramref name="id"/> (case-insensitive) or catalogue number (<c>A01</c>), or null.</summary>
    public static OptionDefinition? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Loaded.Value.ById.TryGetValue(id, out var d) ? d : null;
    }

    /// <summary>The option with <paramref name="id"/>.</summary>
    /// <exception cref="ProfileDataException">The id is not in the catalogue.</exception>
    public static OptionDefinition Get(string id) =>
        Find(id) ?? throw new ProfileDataException(id, "unknown option id (not in options-catalogue.json)");

    /// <summary>Sort key of an option id: its catalogue number, unknown ids last.</summary>
    internal static string SortKey(string id) => Find(id) is { } d ? d.Number : "Z" + id;

    private static Catalogue Load()
    {
        using var stream = typeof(OptionCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var doc = JsonDocument.Parse(stream);
        var list = new List<OptionDefinition>();
        foreach (var o in doc.RootElement.GetProperty("options").EnumerateArray())
        {
            var group = ProfileJson.RequiredString(o, "group");
            var baseStatus = ProfileJson.RequiredString(o, "baseStatus");
            list.Add(new OptionDefinition(
                ProfileJson.RequiredString(o, "number"),
                ProfileJson.RequiredString(o, "id"),
                group.StartsWith('a') ? OptionGroup.DecisionRule : OptionGroup.Procedure,
                group.Contains("meta", StringComparison.Ordinal),
                ProfileJson.RequiredString(o, "type"),
                ProfileJson.Strings(o, "members"),
                Fields(o),
                o.TryGetProperty("base", out var b) ? b.Clone() : default,
                Enum.Parse<OptionBaseStatus>(baseStatus),
                ProfileJson.Lines(o, "baseLines"),
                ProfileJson.OptionalString(o, "baseNote"),
                ProfileJson.OptionalString(o, "typeNote"),
                ProfileJson.OptionalString(o, "direction") ?? string.Empty,
                ProfileJson.Strings(o, "affects"),
                ProfileJson.OptionalString(o, "label") ?? string.Empty,
                ProfileJson.OptionalString(o, "labelDe") ?? string.Empty));
        }

        var byId = new Dictionary<string, OptionDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in list)
        {
            byId.Add(d.Id, d);
            byId.Add(d.Number, d);
        }

        return new Catalogue(list.AsReadOnly(), new ReadOnlyDictionary<string, OptionDefinition>(byId));
    }

    private static ReadOnlyDictionary<string, string> Fields(JsonElement o)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (o.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in f.EnumerateObject())
            {
                fields[p.Name] = p.Value.GetString() ?? string.Empty;
            }
        }

        return new ReadOnlyDictionary<string, string>(fields);
    }

    private sealed record Catalogue(IReadOnlyList<OptionDefinition> Options, IReadOnlyDictionary<string, OptionDefinition> ById);
}
