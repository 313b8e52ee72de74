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

    /// <summary>Loads a variant file (UTF-8, a BOM is allowed).</summary>
    /// <exception cref="JsonDocumentException">The document is invalid, not UTF-8 (with the byte offset) or too large.</exception>
    public static RuleVariant LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Loads a variant from a UTF-8 stream.</summary>
    /// <exception cref="JsonDocumentException">The document is invalid, not UTF-8 (with the byte offset) or too large.</exception>
    public static RuleVariant Load(Stream stream, string source = "<variant>")
    {
        ArgumentNullException.ThrowIfNull(stream);
        return LoadUtf8(JsonInput.ReadAll(stream, InputLimits.MaxVariantBytes, source), source);
    }

    /// <summary>Loads a variant document; throws <see cref="JsonDocumentException"/> listing every problem.</summary>
    /// <exception cref="JsonDocumentException">The document is invalid (also for lone surrogates and over-long input).</exception>
    public static RuleVariant Load(string json, string source = "<variant>")
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > InputLimits.MaxVariantBytes)
        {
            throw new JsonDocumentException(source, [new JsonProblem("$", null, null, $"the document is larger than {InputLimits.MaxVariantBytes:N0} bytes (the documented limit)")]);
        }

        return LoadUtf8(JsonInput.ToUtf8(json, source), source);
    }

    private static RuleVariant LoadUtf8(ReadOnlyMemory<byte> utf8, string source)
    {
        utf8 = JsonInput.WithoutBom(utf8);
        JsonInput.RequireUtf8(utf8.Span, source);
        if (utf8.Span.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            throw new JsonDocumentException(source, [new JsonProblem("$", 1, 1, "the document is empty; expected an object with name, basedOn and overrides")]);
        }

        if (JsonInput.InvalidEscape(utf8.Span) is { } escape)
        {
            throw new JsonDocumentException(source, [escape]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            var message = e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].Trim();
            throw new JsonDocumentException(source, [new JsonProblem(e.Path ?? "$", (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, "not valid JSON: " + (message.Length > 300 ? message[..300] + "…" : message))]);
        }

        using (document)
        {
            var positions = JsonPositions.Index(utf8.Span);
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
                Problem(JsonPositions.Child("$", property.Name), $"unknown property '{InputLimits.Echo(property.Name)}'{DidYouMean(property.Name, Known)}");
            }

            var name = RequiredString(root, "name", Problem);
            var description = OptionalString(root, "description", Problem) ?? string.Empty;
            if (name is { Length: > InputLimits.MaxStringLength })
            {
                Problem("$.name", $"{name.Length:N0} characters exceed the limit of {InputLimits.MaxStringLength}");
            }

            if (description.Length > InputLimits.MaxDescriptionLength)
            {
                Problem("$.description", $"{description.Length:N0} characters exceed the limit of {InputLimits.MaxDescriptionLength}");
            }

            var basedOn = RequiredString(root, "basedOn", Problem);
            if (basedOn is not null && !RuleVariant.BaseIds.Contains(basedOn, StringComparer.OrdinalIgnoreCase) && ProfileCatalog.Find(basedOn) is null)
            {
                var suggestions = basedOn.Length > InputLimits.MaxSuggestedNameLength ? [] : ProfileCatalog.Suggest(basedOn, 3);
                Problem("$.basedOn", $"unknown basedOn '{InputLimits.Echo(basedOn)}': expected 'base' or a Land/Kommune profile id" +
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
                        Problem(path, $"unknown option id '{InputLimits.Echo(o.Name)}'{DidYouMean(o.Name, OptionCatalog.All.Select(d => d.Id))}");
                        continue;
                    }

                    try
                    {
                        OptionApplier.Apply(ImkOptions.Base, o.Name, o.Value);
                    }
                    catch (ProfileDataException e)
                    {
                        Problem(path, $"wrong type for '{o.Name}' (declared type {definition.Type}): {(e.Message.Length > 300 ? e.Message[..300] + "…" : e.Message)}");
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
                else if (citationsElement.GetArrayLength() > InputLimits.MaxCitations)
                {
                    Problem("$.citations", $"{citationsElement.GetArrayLength():N0} citations exceed the limit of {InputLimits.MaxCitations}");
                }
                else
                {
                    var i = 0;
                    foreach (var c in citationsElement.EnumerateArray())
                    {
                        if (c.ValueKind == JsonValueKind.String && c.GetString()!.Length > InputLimits.MaxStringLength)
                        {
                            Problem($"$.citations[{i}]", $"{c.GetString()!.Length:N0} characters exceed the limit of {InputLimits.MaxStringLength}");
                        }
                        else if (c.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(c.GetString()))
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
        JsonValueKind.String => $"the string \"{InputLimits.Echo(e.GetString())}\"",
        JsonValueKind.Number => $"the number {InputLimits.Echo(e.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {e.GetRawText()}",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => e.ValueKind.ToString(),
    };

    /// <summary>"; did you mean 'x'?" for the closest candidates, or nothing when none is close.</summary>
    internal static string DidYouMean(string given, IEnumerable<string> candidates)
    {
        // The edit distance is quadratic in the name's length: a name far longer than any candidate gets no suggestion.
        if (given.Length > InputLimits.MaxSuggestedNameLength)
        {
            return string.Empty;
        }

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
