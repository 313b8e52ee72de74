using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;

namespace Bleiberecht.Rules.Serialization;

/// <summary>
/// Reads and writes the JSON case format. A document holds one case object or an array of cases. Invalid input
/// never throws anything but <see cref="JsonDocumentException"/>, which names the JSON path and the problem.
/// </summary>
public static class CaseJson
{
    /// <summary>Reads every case in a document; throws <see cref="JsonDocumentException"/> with all problems found.</summary>
    public static IReadOnlyList<Household> Read(string json, string source = "<input>")
    {
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new JsonDocumentException(source, [new JsonProblem("$", 1, 1, "the document is empty; expected a case object or an array of cases")]);
        }

        List<Household> cases;
        try
        {
            var trimmed = json.AsSpan().TrimStart();
            if (trimmed.Length > 0 && trimmed[0] == '[')
            {
                cases = JsonSerializer.Deserialize(json, RulesJsonContext.Default.ListHousehold) ?? [];
            }
            else
            {
                var single = JsonSerializer.Deserialize(json, RulesJsonContext.Default.Household)
                    ?? throw new JsonDocumentException(source, [new JsonProblem("$", 1, 1, "the document is null; expected a case object or an array of cases")]);
                cases = [single];
            }
        }
        catch (JsonException e)
        {
            throw new JsonDocumentException(source, [FromJsonException(e, json)]);
        }

        var problems = new List<JsonProblem>();
        for (var i = 0; i < cases.Count; i++)
        {
            if (cases[i] is null)
            {
                problems.Add(new JsonProblem($"$[{i}]", null, null, "case must not be null"));
                continue;
            }

            problems.AddRange(CaseValidator.Validate(cases[i], cases.Count == 1 && json.TrimStart()[0] != '[' ? "$" : $"$[{i}]"));
        }

        if (problems.Count > 0)
        {
            // The consistency checks work on the objects; the positions come from the text, so that each problem
            // names its line and column as a parse error does.
            var positions = JsonPositions.Index(json);
            throw new JsonDocumentException(source, problems.Select(p => positions.Find(p.Path) is { } at && p.Line is null ? p with { Line = at.Line, Column = at.Column } : p).ToList());
        }

        return cases;
    }

    /// <summary>Reads a file (see <see cref="Read(string, string)"/>).</summary>
    public static IReadOnlyList<Household> ReadFile(string path) => Read(File.ReadAllText(path), path);

    /// <summary>Writes one case.</summary>
    public static string Write(Household household) => JsonSerializer.Serialize(household, RulesJsonContext.Default.Household);

    /// <summary>Writes decisions (for <c>--json</c> output).</summary>
    public static string Write(IReadOnlyList<HouseholdDecision> decisions) => JsonSerializer.Serialize(decisions.ToList(), RulesJsonContext.Default.ListHouseholdDecision);

    /// <summary>
    /// The JSON Schema of the case format, generated from the types. Each fact
    /// carries the summary of its property's documentation as <c>description</c>; the summaries are compiled into
    /// the assembly, so the schema is the same wherever the library runs.
    /// </summary>
    public static string Schema()
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                var member = context.PropertyInfo?.AttributeProvider as System.Reflection.MemberInfo;
                if (XmlDocumentation.Summary(member ?? context.TypeInfo.Type) is { } text && node is JsonObject obj && !obj.ContainsKey("description"))
                {
                    obj.Insert(0, "description", text);
                }

                return node;
            },
        };
        var node = RulesJsonContext.Default.Options.GetJsonSchemaAsNode(typeof(Household), exporter);
        if (node is JsonObject obj)
        {
            obj.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
            obj.Insert(1, "title", "Bleiberecht.Rules case (household)");
        }

        // Relaxed escaping keeps "ä" and "§" readable in the committed file; the schema is never embedded in HTML.
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonProblem FromJsonException(JsonException e, string json)
    {
        // System.Text.Json appends "Path: … | LineNumber: … | BytePositionInLine: …" to its own messages.
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        var path = e.Path ?? "$";
        var root = json.AsSpan().TrimStart() is ['[', ..] ? (System.Text.Json.Serialization.Metadata.JsonTypeInfo)RulesJsonContext.Default.ListHousehold : RulesJsonContext.Default.Household;
        var better = JsonErrorText.Explain(json, path, message, root);
        return new JsonProblem(path, e.LineNumber + 1, e.BytePositionInLine + 1, (better ?? message).Trim());
    }
}
