using System.Text.Json;
using System.Text.Json.Nodes;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Serialization;

namespace Bleiberecht.Rules.Variants;

/// <summary>
/// Generates the JSON Schema of rule-variant files from the option catalogue, so the schema can never drift from
/// the options the loader accepts (committed as <c>docs/variant.schema.json</c>; a test compares them).
/// </summary>
public static class VariantSchema
{
    /// <summary>The schema as indented JSON text.</summary>
    public static string Generate()
    {
        var overrides = new JsonObject();
        foreach (var option in OptionCatalog.All)
        {
            var schema = For(option.Type, option.Members, option.Fields);
            schema["description"] = $"{option.Number} {option.Label} (group {(option.Group == OptionGroup.DecisionRule ? "a" : "b")}; direction: {option.Direction})";
            overrides[option.Id] = schema;
        }

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Bleiberecht.Rules rule variant",
            ["description"] = "A named set of discretion-option overrides applied to a baseline (the IMK 2006 base rule, a Land or a Kommune). Data only: no expressions.",
            ["type"] = "object",
            ["required"] = new JsonArray("name", "basedOn", "overrides"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["$schema"] = new JsonObject { ["type"] = "string" },
                ["name"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = InputLimits.MaxStringLength },
                ["description"] = new JsonObject { ["type"] = "string", ["maxLength"] = InputLimits.MaxDescriptionLength },
                ["basedOn"] = new JsonObject
                {
                    ["type"] = "string",
                    ["enum"] = new JsonArray([.. RuleVariant.BaseIds.Take(1).Concat(ProfileCatalog.All.Select(p => p.Id)).Select(id => (JsonNode?)JsonValue.Create(id))]),
                },
                ["overrides"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = overrides },
                ["citations"] = new JsonObject { ["type"] = "array", ["maxItems"] = InputLimits.MaxCitations, ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = InputLimits.MaxStringLength } },
            },
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonObject For(string type, IReadOnlyList<string> members, IReadOnlyDictionary<string, string> fields)
    {
        if (fields.Count > 0)
        {
            var properties = new JsonObject();
            foreach (var (name, fieldType) in fields)
            {
                properties[name] = For(fieldType, name == "mode" ? members : [], new Dictionary<string, string>());
            }

            var nullable = type.EndsWith('?');
            return new JsonObject { ["type"] = nullable ? new JsonArray("object", "null") : "object", ["additionalProperties"] = false, ["properties"] = properties };
        }

        var optional = type.EndsWith('?');
        JsonNode Kind(string t) => optional ? new JsonArray(t, "null") : JsonValue.Create(t);
        return type.TrimEnd('?') switch
        {
            "bool" => new JsonObject { ["type"] = Kind("boolean") },
            "int" => new JsonObject { ["type"] = Kind("integer") },
            "decimal" => new JsonObject { ["type"] = Kind("number") },
            "DateOnly" => new JsonObject { ["type"] = Kind("string"), ["pattern"] = "^\\d{4}-\\d{2}-\\d{2}$" },
            "string[]" => new JsonObject { ["type"] = Kind("array"), ["items"] = new JsonObject { ["type"] = "string" } },
            "set of enum" => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["enum"] = new JsonArray([.. members.Select(m => (JsonNode?)JsonValue.Create(m))]) } },
            "enum" => new JsonObject { ["enum"] = new JsonArray([.. members.Select(m => (JsonNode?)JsonValue.Create(m)), null]) },
            _ => new JsonObject(),
        };
    }
}
