using System.Text;
using System.Text.Json.Nodes;

namespace Bleiberecht.Rules.Tests.Fuzz;

/// <summary>
/// Mutates a JSON document the way a careless or hostile producer would: values replaced by boundary values
/// (9999-12-31, int.MaxValue, 5e28, integer enums, lone surrogates, long strings), facts removed or set to null,
/// entries duplicated, unknown properties added, subtrees swapped, dates shifted; and, less often, the text itself
/// cut, spliced or given raw lone surrogates or invalid UTF-8 bytes. Deterministic for a given <see cref="Random"/>.
/// </summary>
internal static class Mutator
{
    /// <summary>Stands for an escaped lone surrogate; replaced in the text, since the JSON writer refuses one.</summary>
    private const string EscapedLone = "@@LONE@@";

    private static readonly string[] Names =
    [
        "Applicant", "Spouse", "Child", "OtherRelative", "None", "A1", "A2", "B1", "C2", "a2", "A1, A2", "Regular", "MiniJob",
        "TempAgency", "SelfEmployed", "Training", "Intentional", "Negligent", "DayFines", "Prison", "Duldung", "Gestattung",
        "HumanitarianPermit", "OtherPermit", "Deception", "Obstruction", "Absconding", "BY", "BE", "SL", "NW-Wuppertal",
        "base", "München", "Yes", "No", "Lenient", "WholeHousehold", "PersonOnly",
    ];

    private static readonly string[] Dates =
    [
        "9999-12-31", "9998-12-31", "0001-01-01", "1899-12-31", "1900-01-01", "2100-12-31", "2101-01-01", "2006-11-17",
        "2007-09-30", "2007-07-01", "2009-12-31", "2000-02-29", "2007-02-30", "1996-11-17", "2000-11-17", "2008-06-01",
    ];

    private static readonly string[] RawNumbers =
    [
        "0", "1", "-1", "2", "3", "6", "8", "17", "18", "50", "90", "255", "720", "721", "2147483647", "-2147483648",
        "4294967296", "5e28", "-5e28", "1e300", "0.5", "0.75", "1000", "1000000", "1000000.01", "79228162514264337593543950335",
        "1.00000000000000000000000000001", "-0", "1E2",
    ];

    /// <summary>A mutated document: its text, or (for byte-level mutations) its bytes.</summary>
    public static (string? Text, byte[]? Bytes) Mutate(Random r, string seed)
    {
        var root = JsonNode.Parse(seed)!;
        var count = 1 + r.Next(4);
        for (var i = 0; i < count; i++)
        {
            root = MutateTree(r, root);
        }

        var text = root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = r.Next(2) == 0, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        text = text.Replace(EscapedLone, r.Next(2) == 0 ? "\\uDC00" : "a\\uD800", StringComparison.Ordinal);
        text = ReplaceNumbers(r, text);
        var roll = r.Next(100);
        if (roll < 8)
        {
            return (MutateText(r, text), null);
        }

        if (roll < 11)
        {
            return (null, MutateBytes(r, Encoding.UTF8.GetBytes(text)));
        }

        return (text, null);
    }

    private static JsonNode MutateTree(Random r, JsonNode root)
    {
        var slots = new List<(JsonNode Parent, object Key, JsonNode? Value)>();
        Collect(root, slots);
        if (slots.Count == 0)
        {
            return root;
        }

        var (parent, key, value) = slots[r.Next(slots.Count)];
        switch (r.Next(12))
        {
            case 0:
            case 1:
            case 2:
                Set(parent, key, Interesting(r));
                break;
            case 3:
                Set(parent, key, null);
                break;
            case 4:
                if (parent is JsonObject o)
                {
                    o.Remove((string)key);
                }
                else if (parent is JsonArray a)
                {
                    a.RemoveAt((int)key);
                }

                break;
            case 5:
                if (parent is JsonArray arr && value is not null)
                {
                    arr.Insert((int)key, value.DeepClone());
                }
                else if (value is JsonArray list && list.Count > 0)
                {
                    list.Add(list[r.Next(list.Count)]?.DeepClone());
                }

                break;
            case 6:
                if (parent is JsonObject po)
                {
                    po[r.Next(3) == 0 ? "entryDat" : r.Next(2) == 0 ? new string('k', 70 + r.Next(200)) : "unknownFact"] = 1;
                }

                break;
            case 7:
                var (p2, k2, v2) = slots[r.Next(slots.Count)];
                if (!ReferenceEquals(v2, parent) && !Contains(value, p2) && !Contains(v2, parent))
                {
                    Set(parent, key, v2?.DeepClone());
                }

                break;
            default:
                if (parent is JsonObject person && key is "birthDate" or "entryDate" && r.Next(3) == 0)
                {
                    // A date known only as a range (entryDateRange, birthDateRange): bounds around the date, one of
                    // them sometimes open or reversed, so range decisions on both paths meet the fuzzer too.
                    ToRange(r, person, (string)key, value);
                    break;
                }

                // Small changes keep most documents loadable, so the evaluation paths are exercised too.
                Set(parent, key, Tweak(r, value));
                break;
        }

        return root;
    }

    private static void ToRange(Random r, JsonObject person, string key, JsonNode? value)
    {
        var range = new JsonObject();
        if (value is JsonValue v && v.TryGetValue<string>(out var s) && DateOnly.TryParseExact(s, "yyyy-MM-dd", out var d))
        {
            string Shift(int days) => DateOnly.FromDayNumber(Math.Clamp(d.DayNumber + days, 1, DateOnly.MaxValue.DayNumber - 1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var roll = r.Next(6);
            if (roll != 0)
            {
                range["from"] = Shift(-r.Next(0, 800));
            }

            if (roll != 1)
            {
                range["to"] = roll == 2 ? Shift(-r.Next(900, 2000)) : Shift(r.Next(0, 800));
            }
        }

        if (r.Next(5) != 0)
        {
            person.Remove(key);
        }

        person[key + "Range"] = range;
    }

    private static bool Contains(JsonNode? outer, JsonNode inner)
    {
        for (var n = inner; n is not null; n = n.Parent)
        {
            if (ReferenceEquals(n, outer))
            {
                return true;
            }
        }

        return false;
    }

    private static JsonNode? Tweak(Random r, JsonNode? value)
    {
        if (value is JsonValue v && v.TryGetValue<string>(out var s) && DateOnly.TryParseExact(s, "yyyy-MM-dd", out var d))
        {
            var shifted = d.DayNumber + r.Next(-4000, 4000);
            return shifted > 0 && shifted < DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber(shifted).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : s;
        }

        if (value is JsonValue n && n.TryGetValue<decimal>(out var m))
        {
            return r.Next(3) switch
            {
                0 => m + r.Next(-3, 4),
                1 => Math.Round(m * (decimal)(r.NextDouble() * 2), 2),
                _ => -m,
            };
        }

        if (value is JsonValue b && b.TryGetValue<bool>(out var flag))
        {
            return !flag;
        }

        return r.Next(2) == 0 ? null : Interesting(r);
    }

    private static JsonNode? Interesting(Random r) => r.Next(10) switch
    {
        0 => null,
        1 => r.Next(2) == 0,
        2 => Dates[r.Next(Dates.Length)],
        3 => Names[r.Next(Names.Length)],
        4 => "@@NUM" + r.Next(RawNumbers.Length) + "@@",
        5 => r.Next(3) switch { 0 => string.Empty, 1 => EscapedLone, _ => new string('x', r.Next(30, 400)) },
        6 => new JsonArray(),
        7 => new JsonObject(),
        8 => new JsonArray((JsonNode?)null),
        _ => "@@NUM" + r.Next(RawNumbers.Length) + "@@",
    };

    private static string ReplaceNumbers(Random r, string text)
    {
        // Numbers go in as placeholders so that values System.Text.Json.Nodes cannot hold (1e300 as decimal) stay raw.
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (true)
        {
            var at = text.IndexOf("\"@@NUM", i, StringComparison.Ordinal);
            if (at < 0)
            {
                sb.Append(text, i, text.Length - i);
                return sb.ToString();
            }

            var end = text.IndexOf("@@\"", at + 6, StringComparison.Ordinal);
            sb.Append(text, i, at - i);
            var index = int.Parse(text.AsSpan(at + 6, end - at - 6), System.Globalization.CultureInfo.InvariantCulture);
            sb.Append(r.Next(8) == 0 ? "\"" + RawNumbers[index] + "\"" : RawNumbers[index]);
            i = end + 3;
        }
    }

    private static string MutateText(Random r, string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var at = r.Next(text.Length);
        return r.Next(6) switch
        {
            0 => text[..at],
            1 => text.Remove(at, Math.Min(text.Length - at, 1 + r.Next(20))),
            2 => text.Insert(at, ((char)(0xD800 + r.Next(0x800))).ToString()),
            3 => text.Insert(at, text.Substring(r.Next(text.Length / 2), Math.Min(40, text.Length / 2))),
            4 => text.Insert(at, "\"\\u" + r.Next(0xD800, 0xE000).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + "\""),
            _ => text.Insert(at, new string(' ', r.Next(1, 5)) + (char)r.Next(32, 127)),
        };
    }

    private static byte[] MutateBytes(Random r, byte[] bytes)
    {
        var copy = bytes.ToList();
        var at = r.Next(copy.Count);
        switch (r.Next(3))
        {
            case 0:
                copy.Insert(at, (byte)r.Next(0x80, 0x100));
                break;
            case 1:
                copy[at] = (byte)r.Next(256);
                break;
            default:
                copy.InsertRange(0, [0xEF, 0xBB, 0xBF]);
                break;
        }

        return [.. copy];
    }

    private static void Collect(JsonNode node, List<(JsonNode, object, JsonNode?)> slots)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o.ToList())
                {
                    slots.Add((o, name, child));
                    if (child is not null)
                    {
                        Collect(child, slots);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    slots.Add((a, i, a[i]));
                    if (a[i] is { } child)
                    {
                        Collect(child, slots);
                    }
                }

                break;
        }
    }

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (value?.Parent is not null)
        {
            value = value.DeepClone();
        }

        if (parent is JsonObject o)
        {
            o[(string)key] = value;
        }
        else if (parent is JsonArray a)
        {
            a[(int)key] = value;
        }
    }
}
