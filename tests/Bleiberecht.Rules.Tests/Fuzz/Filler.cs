using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Bleiberecht.Rules.Serialization;

namespace Bleiberecht.Rules.Tests.Fuzz;

/// <summary>
/// Fills one unknown fact of a case (an absent or null nullable property, found from the source-generated type
/// metadata, so it cannot drift from the model) with a plausible known value: the "filling an unknown" of the
/// monotonicity law.
/// </summary>
internal static class Filler
{
    private static readonly string[] Texts = ["BY", "BE", "München", "Wuppertal", "Kosovo", "x"];

    /// <summary>
    /// End dates whose null is defined by the facts model as "has not ended" (a running job, a current status, an
    /// ongoing interruption or misconduct), not as "unknown": giving one is a different fact, not a filled unknown.
    /// So is the end of extremist links (null = not ended) and the day a German level was reached (null = held
    /// throughout). Likewise a conviction's <c>erased</c>: null means "no register information beyond the entry, decide by the
    /// statutory periods" (ADR 0013); <c>true</c> records an erasure the periods do not give (e.g. an early erasure
    /// by order, § 49 BZRG [background]), a different fact.
    /// </summary>
    private static readonly HashSet<(Type, string)> OpenEnds =
    [
        (typeof(Facts.Employment), "end"), (typeof(Facts.DatePeriod), "to"), (typeof(Facts.StatusPeriod), "to"), (typeof(Facts.MisconductRecord), "to"),
        (typeof(Facts.Conviction), "erased"), (typeof(Facts.Person), "extremismLinksEndedOn"), (typeof(Facts.Person), "germanLevelSince"),
    ];

    /// <summary>The case with one unknown filled, and the path filled; null if nothing is unknown.</summary>
    public static (JsonNode Filled, string Path)? FillOne(Random r, JsonNode household)
    {
        var candidates = new List<(JsonObject Owner, JsonPropertyInfo Property, string Path)>();
        Collect(household, RulesJsonContext.Default.Household, "$", candidates);
        if (candidates.Count == 0)
        {
            return null;
        }

        var (owner, property, path) = candidates[r.Next(candidates.Count)];
        owner[property.Name] = Value(r, property.PropertyType);
        return (household, path);
    }

    private static void Collect(JsonNode? node, JsonTypeInfo type, string path, List<(JsonObject, JsonPropertyInfo, string)> found)
    {
        if (node is not JsonObject obj || type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in type.Properties)
        {
            var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null || !property.PropertyType.IsValueType;
            var child = obj[property.Name];
            if (child is null && nullable && !property.IsRequired && !OpenEnds.Contains((type.Type, property.Name)))
            {
                found.Add((obj, property, $"{path}.{property.Name}"));
            }
            else if (child is JsonObject)
            {
                Collect(child, type.Options.GetTypeInfo(property.PropertyType), $"{path}.{property.Name}", found);
            }
            else if (child is JsonArray items && property.PropertyType.GetGenericArguments() is [var element])
            {
                var elementType = type.Options.GetTypeInfo(element);
                for (var i = 0; i < items.Count; i++)
                {
                    Collect(items[i], elementType, $"{path}.{property.Name}[{i}]", found);
                }
            }
        }
    }

    private static JsonNode? Value(Random r, Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(bool))
        {
            return r.Next(2) == 0;
        }

        if (t == typeof(DateOnly))
        {
            return new DateOnly(1960, 1, 1).AddDays(r.Next(18_000)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (t == typeof(int))
        {
            return r.Next(3) == 0 ? r.Next(0, 721) : r.Next(0, 25);
        }

        if (t == typeof(decimal))
        {
            return r.Next(2) == 0 ? Math.Round((decimal)r.NextDouble() * 4000m, 2) : r.Next(0, 3000);
        }

        if (t.IsEnum)
        {
            var names = Enum.GetNames(t);
            return names[r.Next(names.Length)];
        }

        if (t == typeof(string))
        {
            return Texts[r.Next(Texts.Length)];
        }

        if (t.IsGenericType && t.GetGenericArguments() is [var element])
        {
            // A known list: none, or one entry whose own facts are unknown (only its required ones set).
            if (r.Next(2) == 0)
            {
                return new JsonArray();
            }

            var entry = new JsonObject();
            foreach (var p in RulesJsonContext.Default.GetTypeInfo(element)!.Properties.Where(p => p.IsRequired))
            {
                entry[p.Name] = Value(r, p.PropertyType);
            }

            return new JsonArray(entry);
        }

        // A known object whose facts are still unknown.
        return new JsonObject();
    }
}
