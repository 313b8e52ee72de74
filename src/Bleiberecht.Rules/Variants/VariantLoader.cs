using System.Globalization;
using System.Text.Json;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Serialization;

namespace Bleiberecht.Rules.Variants;

/// <summary>
/// Loads and validates a rule-variant document. Every problem is collected — unknown properties and option ids
/// (with "did you mean"), an unknown <c>basedOn</c>, wrong types, values out of range — and reported together, each
/// with its JSON path, line and column, in one <see cref="JsonDocumentException"/>.
/// </summary>
public static class VariantLoader
{
    private static readonly string[] Known = ["$schema", "name", "description", "basedOn", "overrides", "citations"];

    /// <summary>Loads a variant file.</summary>
    public static RuleVariant LoadFile(string path) => Load(File.ReadAllText(path), path);

    /// <summary>Loads a variant document; throws <see cref="JsonDocumentException"/> listing every problem.</summary>
    public static RuleVariant Load(string json, string source = "<variant>")
    {
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new JsonDocumentException(source, [new JsonProblem("$", 1, 1, "the document is empty; expected an object with name, basedOn and overrides")]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new JsonDocumentException(source, [new JsonProblem(e.Path ?? "$", (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, "not valid JSON: " + e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].Trim())]);
        }

        using (document)
        {
            var positions = JsonPositions.Index(json);
            var problems = new List<JsonProblem>();
            void Problem(string path, string message)
            {
                var at = positions.Find(path);
                problems.Add(new JsonProblem(path, at?.Line, at?.Column, message));
            }

            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Problem("$", $"expected an object with name, basedOn and overrides, found {Kind(root)}");
                throw new JsonDocumentException(source, problems);
            }

            foreach (var property in root.EnumerateObject().Where(p => !Known.Contains(p.Name, StringComparer.Ordinal)))
            {
                Problem(JsonPositions.Child("$", property.Name), $"unknown property '{property.Name}'{DidYouMean(property.Name, Known)}");
            }

            var name = RequiredString(root, "name", Problem);
            var description = OptionalString(root, "description", Problem) ?? string.Empty;
            var basedOn = RequiredString(root, "basedOn", Problem);
            if (basedOn is not null && !RuleVariant.BaseIds.Contains(basedOn, StringComparer.OrdinalIgnoreCase) && ProfileCatalog.Find(basedOn) is null)
            {
                var suggestions = ProfileCatalog.Suggest(basedOn, 3);
                Problem("$.basedOn", $"unknown basedOn '{basedOn}': expected 'base' or a Land/Kommune profile id" +
                    (suggestions.Count > 0 ? $"; did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?" : string.Empty));
            }

            var overrides = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            if (!root.TryGetProperty("overrides", out var overridesElement))
            {
                Problem("$", "missing required property 'overrides' (an object: option id → value)");
            }
            else if (overridesElement.ValueKind != JsonValueKind.Object)
            {
                Problem("$.overrides", $"expected an object (option id → value), found {Kind(overridesElement)}");
            }
            else
            {
                foreach (var o in overridesElement.EnumerateObject())
                {
                    var path = JsonPositions.Child("$.overrides", o.Name);
                    var definition = OptionCatalog.Find(o.Name);
                    if (definition is null || !string.Equals(definition.Id, o.Name, StringComparison.Ordinal))
                    {
                        Problem(path, $"unknown option id '{o.Name}'{DidYouMean(o.Name, OptionCatalog.All.Select(d => d.Id))}");
                        continue;
                    }

                    try
                    {
                        OptionApplier.Apply(ImkOptions.Base, o.Name, o.Value);
                    }
                    catch (ProfileDataException e)
                    {
                        Problem(path, $"wrong type for '{o.Name}' (declared type {definition.Type}): {e.Message}");
                        continue;
                    }

                    foreach (var issue in OptionRanges.Check(o.Name, o.Value))
                    {
                        Problem(path, $"value out of range for '{o.Name}': {issue}");
                    }

                    overrides[o.Name] = o.Value.Clone();
                }
            }

            var citations = new List<string>();
            if (root.TryGetProperty("citations", out var citationsElement))
            {
                if (citationsElement.ValueKind != JsonValueKind.Array)
                {
                    Problem("$.citations", $"expected an array of strings, found {Kind(citationsElement)}");
                }
                else
                {
                    var i = 0;
                    foreach (var c in citationsElement.EnumerateArray())
                    {
                        if (c.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(c.GetString()))
                        {
                            citations.Add(c.GetString()!);
                        }
                        else
                        {
                            Problem($"$.citations[{i}]", $"expected a non-empty string, found {Kind(c)}");
                        }

                        i++;
                    }
                }
            }

            if (problems.Count > 0)
            {
                throw new JsonDocumentException(source, problems);
            }

            return new RuleVariant(name!, description, basedOn!, overrides, citations);
        }
    }

    private static string? RequiredString(JsonElement root, string property, Action<string, string> problem)
    {
        if (!root.TryGetProperty(property, out var value))
        {
            problem("$", $"missing required property '{property}'");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problem($"$.{property}", $"expected a non-empty string, found {Kind(value)}");
            return null;
        }

        return value.GetString();
    }

    private static string? OptionalString(JsonElement root, string property, Action<string, string> problem)
    {
        if (!root.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problem($"$.{property}", $"expected a string, found {Kind(value)}");
            return null;
        }

        return value.GetString();
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{e.GetString()}\"",
        JsonValueKind.Number => $"the number {e.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {e.GetRawText()}",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => e.ValueKind.ToString(),
    };

    /// <summary>"; did you mean 'x'?" for the closest candidates, or nothing when none is close.</summary>
    internal static string DidYouMean(string given, IEnumerable<string> candidates)
    {
        var scored = candidates
            .Select(c => (Candidate: c, Score: string.Equals(c, given, StringComparison.OrdinalIgnoreCase) ? 0 : EditDistance.Between(c.ToLowerInvariant(), given.ToLowerInvariant())))
            .Where(x => x.Score <= Math.Max(3, given.Length / 4))
            .OrderBy(x => x.Score)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Take(2)
            .Select(x => $"'{x.Candidate}'")
            .ToList();
        return scored.Count == 0 ? string.Empty : $"; did you mean {string.Join(" or ", scored)}?";
    }
}
