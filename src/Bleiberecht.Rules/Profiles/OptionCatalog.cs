using System.Collections.ObjectModel;
using System.Text.Json;
using Bleiberecht.Rules.Options.Declarations;

namespace Bleiberecht.Rules.Profiles;

/// <summary>
/// The 49 discretion options (A01-A36 group a, P01-P13 group b): the texts of the embedded
/// <c>options-catalogue.json</c> (labels, notes, direction, the base as the study states it) joined with each option's
/// declaration (<see cref="OptionDeclarations"/>: type, members, fields, base lines), loaded once into immutable records.
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
            var id = ProfileJson.RequiredString(o, "id");
            // Type, members, fields and base lines are declared once in Options/Declarations; the JSON holds the
            // catalogue's texts (labels, notes, direction) and the base as the study states it.
            var declaration = OptionDeclarations.Find(id) is { } found && string.Equals(found.Id, id, StringComparison.Ordinal)
                ? found
                : throw new ProfileDataException(id, "catalogue option has no declaration in Options/Declarations");
            list.Add(new OptionDefinition(
                ProfileJson.RequiredString(o, "number"),
                id,
                group.StartsWith('a') ? OptionGroup.DecisionRule : OptionGroup.Procedure,
                group.Contains("meta", StringComparison.Ordinal),
                declaration.TypeName,
                declaration.Members,
                declaration.Fields,
                o.TryGetProperty("base", out var b) ? b.Clone() : default,
                Enum.Parse<OptionBaseStatus>(baseStatus),
                declaration.BaseCitation,
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

    private sealed record Catalogue(IReadOnlyList<OptionDefinition> Options, IReadOnlyDictionary<string, OptionDefinition> ById);
}
