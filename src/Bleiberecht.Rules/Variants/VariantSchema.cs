using System.Text.Json;
using System.Text.Json.Nodes;
using Bleiberecht.Rules.Options.Declarations;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Serialization;

namespace Bleiberecht.Rules.Variants;

/// <summary>
/// Generates the JSON Schema of rule-variant files from the option declarations (types, members, bounds) and the
/// catalogue's labels, so the schema can never drift from the options the loader accepts; a test compares it with
/// the published schema file.
/// </summary>
public static class VariantSchema
{
    /// <summary>The schema as indented JSON text.</summary>
    public static string Generate()
    {
        var overrides = new JsonObject();
        foreach (var declaration in OptionDeclarations.All)
        {
            var option = OptionCatalog.Get(declaration.Id);
            var schema = declaration.Schema();
            schema["description"] = $"{declaration.Number} {option.Label} (group {(declaration.Group == OptionGroup.DecisionRule ? "a" : "b")}; direction: {option.Direction})";
            overrides[declaration.Id] = schema;
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
}
