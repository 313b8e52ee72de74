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
    /// <exception cref="JsonDocumentException">The document is invalid (also for lone surrogates and over-long input).</exception>
    public static IReadOnlyList<Household> Read(string json, string source = "<input>")
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > InputLimits.MaxDocumentBytes)
        {
            throw TooLarge(source);
        }

        return ReadUtf8(JsonInput.ToUtf8(json, source), source);
    }

    /// <summary>Reads a file (see <see cref="Read(string, string)"/>); the file must be UTF-8 (a BOM is allowed).</summary>
    /// <exception cref="JsonDocumentException">The document is invalid, not UTF-8 (with the byte offset) or too large.</exception>
    public static IReadOnlyList<Household> ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a whole UTF-8 stream as one document (see <see cref="Read(string, string)"/>).</summary>
    /// <exception cref="JsonDocumentException">The document is invalid, not UTF-8 (with the byte offset) or larger than <see cref="InputLimits.MaxDocumentBytes"/>.</exception>
    public static IReadOnlyList<Household> Read(Stream stream, string source = "<input>")
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadUtf8(JsonInput.ReadAll(stream, InputLimits.MaxDocumentBytes, source), source);
    }

    /// <summary>
    /// Reads the cases of a UTF-8 stream one household at a time, in constant memory (only the household being read
    /// is held): the stream is an array of cases, a single case, or cases one after another (JSON Lines). Each case is
    /// checked as <see cref="Read(string, string)"/> checks it, and a problem is reported with the path, line and
    /// column it has in the whole stream (<c>$[41].members[0].entryDate</c>). The first invalid case ends the
    /// enumeration with a <see cref="JsonDocumentException"/>: the cases yielded before it are valid, but the
    /// stream as a whole is not, and a caller must not present the earlier results as complete.
    /// </summary>
    /// <exception cref="JsonDocumentException">At the first invalid case (or a household over <see cref="InputLimits.MaxHouseholdBytes"/>).</exception>
    public static IEnumerable<Household> ReadMany(Stream stream, string source = "<input>")
    {
        ArgumentNullException.ThrowIfNull(stream);
        return CaseStream.Read(stream, source);
    }

    /// <summary>Reads a document given as UTF-8 bytes (a BOM is skipped).</summary>
    internal static IReadOnlyList<Household> ReadUtf8(ReadOnlyMemory<byte> utf8, string source)
    {
        utf8 = JsonInput.WithoutBom(utf8);
        JsonInput.RequireUtf8(utf8.Span, source);
        var start = FirstNonSpace(utf8.Span);
        if (start < 0)
        {
            throw new JsonDocumentException(source, [new JsonProblem("$", 1, 1, "the document is empty; expected a case object or an array of cases")]);
        }

        return Parse(utf8, source, utf8.Span[start] == (byte)'[', Relocation.None);
    }

    /// <summary>Deserializes and validates; <paramref name="at"/> maps positions and paths into the enclosing stream.</summary>
    internal static List<Household> Parse(ReadOnlyMemory<byte> utf8, string source, bool array, Relocation at)
    {
        if (JsonInput.InvalidEscape(utf8.Span) is { } escape)
        {
            throw new JsonDocumentException(source, [at.Apply(escape)]);
        }

        List<Household> cases;
        try
        {
            if (array)
            {
                cases = JsonSerializer.Deserialize(utf8.Span, RulesJsonContext.Default.ListHousehold) ?? [];
            }
            else
            {
                var single = JsonSerializer.Deserialize(utf8.Span, RulesJsonContext.Default.Household)
                    ?? throw new JsonDocumentException(source, [at.Apply(new JsonProblem("$", 1, 1, "the case is null; expected a case object or an array of cases"))]);
                cases = [single];
            }
        }
        catch (JsonException e)
        {
            throw new JsonDocumentException(source, [at.Apply(FromJsonException(e, utf8, array))]);
        }

        var problems = new List<JsonProblem>();
        for (var i = 0; i < cases.Count; i++)
        {
            if (cases[i] is null)
            {
                problems.Add(new JsonProblem($"$[{i}]", null, null, "case must not be null"));
                continue;
            }

            problems.AddRange(CaseValidator.Validate(cases[i], array ? $"$[{i}]" : "$"));
        }

        if (problems.Count > 0)
        {
            // The consistency checks work on the objects; the positions come from the text, so that each problem
            // names its line and column as a parse error does.
            var positions = JsonPositions.Index(utf8.Span);
            throw new JsonDocumentException(source, problems.Select(p => at.Apply(positions.Find(p.Path) is { } pos && p.Line is null ? p with { Line = pos.Line, Column = pos.Column } : p)).ToList());
        }

        return cases;
    }

    /// <summary>
    /// States the documented <see cref="InputLimits"/> in the schema (minimum, maximum, maxLength, maxItems, and a
    /// pattern for the date range), so that a schema-valid document is within them.
    /// </summary>
    private static void Limits(string? property, Type type, JsonObject schema)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(DateOnly))
        {
            schema["pattern"] = "^(19[0-9]{2}|20[0-9]{2}|2100)-[0-9]{2}-[0-9]{2}$";
            return;
        }

        (decimal Max, bool Whole)? range = property switch
        {
            "grossMonthlyEur" or "netMonthlyEur" or "monthlyNeedEur" or "notionalChildBenefitEur" or "notionalHousingBenefitEur" => (InputLimits.MaxMonthlyEur, false),
            "netHourlyEur" => (InputLimits.MaxHourlyEur, false),
            "shareOfCollectiveWage" => (InputLimits.MaxWageShare, false),
            "dayFines" => (InputLimits.MaxDayFines, true),

            // The bounds of an IntegerRange, which only the number of day-fines uses (dayFinesRange).
            "min" or "max" => (InputLimits.MaxDayFines, true),
            "prisonMonths" => (InputLimits.MaxPrisonMonths, true),
            "monthsAlreadyWorked" => (InputLimits.MaxMonthsWorked, true),
            "confirmedEmbassyVisits" => (InputLimits.MaxEmbassyVisits, true),
            _ => null,
        };
        if (range is { } r)
        {
            schema["minimum"] = 0;
            schema["maximum"] = r.Max;
            return;
        }

        if (t == typeof(string))
        {
            schema["maxLength"] = InputLimits.MaxStringLength;
            if (property is "caseId" or "id")
            {
                schema["minLength"] = 1;
            }

            return;
        }

        if (property == "members")
        {
            schema["minItems"] = 1;
            schema["maxItems"] = InputLimits.MaxMembers;
        }
        else if (property is "interruptions" or "statusHistory" or "employments" or "convictions" or "misconduct")
        {
            schema["maxItems"] = InputLimits.MaxEntriesPerList;
        }
    }

    /// <summary>1-based column in characters of a 0-based line and byte position (clamped to the text).</summary>
    private static long CharColumn(ReadOnlySpan<byte> utf8, long line, long bytePosition)
    {
        var start = 0;
        for (long l = 0; l < line; l++)
        {
            var next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return bytePosition + 1;
            }

            start += next + 1;
        }

        var end = (int)Math.Min(utf8.Length, start + bytePosition);
        return JsonInput.Utf16Length(utf8[start..end]) + 1;
    }

    /// <summary>A JSON path whose property names are cut to <see cref="InputLimits.MaxEcho"/> characters.</summary>
    private static string Bounded(string path) => path.Length <= 200 ? path : path[..200] + "…";

    private static int FirstNonSpace(ReadOnlySpan<byte> utf8) => utf8.IndexOfAnyExcept(" \t\r\n"u8);

    private static JsonDocumentException TooLarge(string source)
        => new(source, [new JsonProblem("$", null, null, $"the document is larger than {InputLimits.MaxDocumentBytes:N0} bytes (the documented limit)")]);

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
                var declared = context.PropertyInfo?.PropertyType ?? context.TypeInfo.Type;
                if ((Nullable.GetUnderlyingType(declared) ?? declared) is { IsEnum: true } enumType)
                {
                    // The names-only converter is opaque to the exporter (it would write "true"): the names are listed
                    // here, with null where the fact may be unknown.
                    var names = new JsonArray([.. Enum.GetNames(enumType).Select(n => (JsonNode?)JsonValue.Create(n))]);
                    if (Nullable.GetUnderlyingType(declared) is not null)
                    {
                        names.Add(null);
                    }

                    node = new JsonObject { ["enum"] = names };
                }

                if (XmlDocumentation.Summary(member ?? context.TypeInfo.Type) is { } text && node is JsonObject obj && !obj.ContainsKey("description"))
                {
                    obj.Insert(0, "description", text);
                }

                if (node is JsonObject limited)
                {
                    Limits(context.PropertyInfo?.Name, context.PropertyInfo?.PropertyType ?? context.TypeInfo.Type, limited);
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

    private static JsonProblem FromJsonException(JsonException e, ReadOnlyMemory<byte> json, bool array)
    {
        // System.Text.Json appends "Path: … | LineNumber: … | BytePositionInLine: …" to its own messages.
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        var path = e.Path ?? "$";
        var root = array ? (System.Text.Json.Serialization.Metadata.JsonTypeInfo)RulesJsonContext.Default.ListHousehold : RulesJsonContext.Default.Household;
        var better = JsonErrorText.Explain(json, path, message, root);

        // BytePositionInLine counts bytes; the column counts characters, as every other position does.
        var line = (e.LineNumber ?? 0) + 1;
        var column = CharColumn(json.Span, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
        var text = (better ?? message).Trim();

        // System.Text.Json's own messages can quote a property name of any length; the message stays bounded.
        return new JsonProblem(Bounded(path), line, column, text.Length > 300 ? text[..300] + "…" : text);
    }
}
