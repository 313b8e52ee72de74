using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bleiberecht.Rules.Profiles;

namespace Bleiberecht.Rules.Options.Declarations;

/// <summary>
/// The encodings of option values in profiles.json and variant files (Profiles/Data/README.md). Each factory states
/// what a JSON <c>null</c> means for the option — "unknown/none" (<c>Nullable…</c>), "keep the current value"
/// (<c>…KeepingOnNull</c>) or an error — so the applier, the range checks and the variant schema agree by
/// construction. Wrong types raise <see cref="ProfileDataException"/> naming the option and the expected type.
/// </summary>
public static class OptionCodecs
{
    private static readonly IReadOnlyDictionary<string, string> NoFields = new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    /// <summary>An <c>int</c> where <c>null</c> keeps the current value (the catalogue may write it <c>int?</c>: the source leaves it unspecified).</summary>
    public static OptionCodec<int> IntKeepingOnNull(string typeName, OptionBound? bound) => new(
        typeName, [], NoFields,
        (id, v, current) => Int(id, v) ?? current,
        static v => v.ToString(CultureInfo.InvariantCulture),
        () => Bounded(Scalar(typeName, []), bound),
        NumberCheck(bound));

    /// <summary>An <c>int?</c> where <c>null</c> means "none" (the catalogue may write a record field of it <c>int</c>).</summary>
    public static OptionCodec<int?> NullableInt(OptionBound? bound, string typeName = "int?") => new(
        typeName, [], NoFields,
        (id, v, _) => Int(id, v),
        static v => v?.ToString(CultureInfo.InvariantCulture) ?? "null",
        () => Bounded(Scalar(typeName, []), bound),
        NumberCheck(bound));

    /// <summary>An <c>int?</c> where <c>null</c> keeps the current value.</summary>
    public static OptionCodec<int?> NullableIntKeepingOnNull(OptionBound? bound) => new(
        "int?", [], NoFields,
        (id, v, current) => Int(id, v) ?? current,
        static v => v?.ToString(CultureInfo.InvariantCulture) ?? "null",
        () => Bounded(Scalar("int?", []), bound),
        NumberCheck(bound));

    /// <summary>A <c>decimal?</c> where <c>null</c> means "none".</summary>
    public static OptionCodec<decimal?> NullableDecimal(OptionBound? bound) => new(
        "decimal?", [], NoFields,
        (id, v, _) => Decimal(id, v),
        static v => v?.ToString(CultureInfo.InvariantCulture) ?? "null",
        () => Bounded(Scalar("decimal?", []), bound),
        NumberCheck(bound));

    /// <summary>A <c>bool</c>; <c>null</c> is an error.</summary>
    public static OptionCodec<bool> Bool() => new(
        "bool", [], NoFields,
        static (id, v, _) => Bool(id, v),
        FormatBool,
        static () => Scalar("bool", []));

    /// <summary>A <c>bool</c> record field where <c>null</c> or absence keeps the current value.</summary>
    public static OptionCodec<bool> BoolKeepingOnNull() => new(
        "bool", [], NoFields,
        static (id, v, current) => Absent(v) ? current : Bool(id, v),
        FormatBool,
        static () => Scalar("bool", []));

    /// <summary>A <c>bool</c> the source may leave unspecified: <c>null</c> means "unspecified".</summary>
    public static OptionCodec<bool?> NullableBool() => new(
        "bool", [], NoFields,
        static (id, v, _) => v.ValueKind == JsonValueKind.Null ? null : Bool(id, v),
        static v => v is { } b ? FormatBool(b) : "null",
        static () => Scalar("bool", []));

    /// <summary>A <c>DateOnly?</c> ("YYYY-MM-DD") where <c>null</c> means "none" (e.g. never applied).</summary>
    public static OptionCodec<DateOnly?> NullableDate() => new(
        "DateOnly?", [], NoFields,
        static (id, v, _) => Date(id, v),
        static v => v is { } d ? FormatDate(d) : "null",
        static () => Scalar("DateOnly?", []),
        DateCheck);

    /// <summary>A <c>DateOnly</c> record field where <c>null</c> or absence keeps the current value.</summary>
    public static OptionCodec<DateOnly> DateKeepingOnNull() => new(
        "DateOnly", [], NoFields,
        static (id, v, current) => Date(id, v) ?? current,
        FormatDate,
        static () => Scalar("DateOnly", []),
        DateCheck);

    /// <summary>A <c>DateOnly?</c> record field where absence means "none".</summary>
    public static OptionCodec<DateOnly?> NullableDateField(string typeName) => new(
        typeName, [], NoFields,
        static (id, v, _) => Date(id, v),
        static v => v is { } d ? FormatDate(d) : "null",
        () => Scalar(typeName, []),
        DateCheck);

    /// <summary>An enum by member name; <c>null</c> is an error.</summary>
    public static OptionCodec<TEnum> Enum<TEnum>()
        where TEnum : struct, Enum => new(
        "enum", System.Enum.GetNames<TEnum>(), NoFields,
        static (id, v, _) => EnumValue<TEnum>(id, v),
        static v => v.ToString(),
        static () => Scalar("enum", System.Enum.GetNames<TEnum>()));

    /// <summary>An enum where <c>null</c> or absence keeps the current value.</summary>
    public static OptionCodec<TEnum> EnumKeepingOnNull<TEnum>()
        where TEnum : struct, Enum => new(
        "enum", System.Enum.GetNames<TEnum>(), NoFields,
        static (id, v, current) => Absent(v) ? current : EnumValue<TEnum>(id, v),
        static v => v.ToString(),
        static () => Scalar("enum", System.Enum.GetNames<TEnum>()));

    /// <summary>An enum the source may leave unspecified: <c>null</c> means "unspecified".</summary>
    public static OptionCodec<TEnum?> NullableEnum<TEnum>()
        where TEnum : struct, Enum => new(
        "enum", System.Enum.GetNames<TEnum>(), NoFields,
        static (id, v, _) => v.ValueKind == JsonValueKind.Null ? null : EnumValue<TEnum>(id, v),
        static v => v?.ToString() ?? "null",
        static () => Scalar("enum", System.Enum.GetNames<TEnum>()));

    /// <summary>A list of free strings (<c>string[]?</c>) where <c>null</c> or absence keeps the current value.</summary>
    public static OptionCodec<IReadOnlyList<string>?> StringsKeepingOnNull() => new(
        "string[]?", [], NoFields,
        static (id, v, current) => Absent(v) ? current : Set(id, v, []),
        static v => v is null ? "null" : "[" + string.Join(", ", v) + "]",
        static () => Scalar("string[]?", []));

    /// <summary>
    /// A set of the given members that <see cref="ImkOptions"/> holds only as "is any member chosen" (e.g. A32: which
    /// other humanitarian titles are considered).
    /// </summary>
    public static OptionCodec<bool> AnyOf(params string[] members) => new(
        "set of enum", members, NoFields,
        (id, v, _) => Set(id, v, members).Count > 0,
        FormatBool,
        () => Scalar("set of enum", members));

    /// <summary>A field of a record-valued option, read with <paramref name="codec"/>.</summary>
    /// <param name="name">JSON name (camelCase).</param>
    /// <param name="codec">How the field is encoded.</param>
    /// <param name="get">Reads the field from the option's value.</param>
    /// <param name="set">Returns the option's value with the field replaced.</param>
    public static RecordField<T> Field<T, TField>(string name, OptionCodec<TField> codec, Func<T, TField> get, Func<T, TField, T> set)
    {
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentNullException.ThrowIfNull(get);
        ArgumentNullException.ThrowIfNull(set);
        return new(
            name,
            codec.TypeName,
            (id, v, current) => set(current, codec.Read(id, v, get(current))),
            v => codec.Format(get(v)),
            codec.Schema,
            v => codec.CheckField(v, name));
    }

    /// <summary>
    /// A record-valued option. A JSON object sets each field its codec reads (an absent field is read as
    /// <see cref="JsonValueKind.Undefined"/>); <c>null</c> gives <paramref name="onNull"/>'s value where the option
    /// may be null and is an error otherwise.
    /// </summary>
    /// <param name="typeName">The type as the catalogue writes it.</param>
    /// <param name="onNull">The value of a JSON <c>null</c>, or null where <c>null</c> is an error.</param>
    /// <param name="crossCheck">Range problems between fields (e.g. a maximum below a minimum).</param>
    /// <param name="fields">The fields in catalogue order.</param>
    public static OptionCodec<T> Record<T>(string typeName, Func<T>? onNull, Func<JsonElement, IEnumerable<string>>? crossCheck, params RecordField<T>[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var expected = "record { " + string.Join(", ", fields.Select(f => $"{f.Name}: {f.TypeName}")) + " }";
        var fieldTypes = new ReadOnlyDictionary<string, string>(fields.ToDictionary(f => f.Name, f => f.TypeName, StringComparer.Ordinal));
        return new(
            typeName,
            fields.SelectMany(f => f.Schema()["enum"] is JsonArray a ? a.Where(m => m is not null).Select(m => m!.GetValue<string>()) : []).ToArray(),
            fieldTypes,
            (id, v, current) =>
            {
                if (v.ValueKind == JsonValueKind.Null && onNull is not null)
                {
                    return onNull();
                }

                if (v.ValueKind != JsonValueKind.Object)
                {
                    throw WrongType(id, expected, v);
                }

                var result = current;
                foreach (var f in fields)
                {
                    result = f.Read(id, v.TryGetProperty(f.Name, out var fv) ? fv : default, result);
                }

                return result;
            },
            v => "{" + string.Join(", ", fields.Select(f => $"{f.Name}: {f.Format(v)}")) + "}",
            () =>
            {
                var properties = new JsonObject();
                foreach (var f in fields)
                {
                    properties[f.Name] = f.Schema();
                }

                return new JsonObject { ["type"] = onNull is not null ? new JsonArray("object", "null") : "object", ["additionalProperties"] = false, ["properties"] = properties };
            },
            (v, _) =>
            {
                if (v.ValueKind != JsonValueKind.Object)
                {
                    return [];
                }

                var problems = fields.SelectMany(f => v.TryGetProperty(f.Name, out var fv) ? f.Check(fv) : []);
                return crossCheck is null ? problems : problems.Concat(crossCheck(v));
            });
    }

    /// <summary>A number field of a JSON object, or null when absent or not a number (for cross-field checks).</summary>
    public static decimal? Number(JsonElement record, string field) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty(field, out var f) && f.ValueKind == JsonValueKind.Number ? f.GetDecimal() : null;

    private static string FormatBool(bool b) => b ? "true" : "false";

    private static string FormatDate(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Func<JsonElement, string?, IEnumerable<string>> NumberCheck(OptionBound? bound) =>
        (v, field) => bound is not null && v.ValueKind == JsonValueKind.Number && bound.Problem(field ?? "value", v.GetDecimal()) is { } p ? [p] : [];

    private static IEnumerable<string> DateCheck(JsonElement v, string? field) =>
        v.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
        && DateBounds.Problem(field ?? "date", d) is { } p
            ? [p]
            : [];

    private static JsonObject Bounded(JsonObject schema, OptionBound? bound)
    {
        if (bound is not null)
        {
            schema["minimum"] = bound.Min;
            schema["maximum"] = bound.Max;
        }

        return schema;
    }

    /// <summary>The JSON Schema of a scalar catalogue type (nullable where the type ends in <c>?</c>).</summary>
    private static JsonObject Scalar(string type, IReadOnlyList<string> members)
    {
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
            _ => throw new ArgumentException($"no schema for type '{type}'", nameof(type)),
        };
    }

    /// <summary>A record field given as null or left out.</summary>
    private static bool Absent(JsonElement value) => value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    private static int? Int(string id, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number when value.TryGetInt32(out var i) => i,
        _ => throw WrongType(id, "int (JSON integer) or null", value),
    };

    private static decimal? Decimal(string id, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number when value.TryGetDecimal(out var d) => d,
        _ => throw WrongType(id, "decimal (JSON number) or null", value),
    };

    private static bool Bool(string id, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw WrongType(id, "bool (true/false)", value),
    };

    private static DateOnly? Date(string id, JsonElement value)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        throw WrongType(id, "DateOnly (\"YYYY-MM-DD\") or null", value);
    }

    private static TEnum EnumValue<TEnum>(string id, JsonElement value)
        where TEnum : struct, Enum
    {
        // Only member names are accepted: Enum.Parse would also take numbers and comma lists.
        var s = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (s is not null && System.Enum.GetNames<TEnum>().Contains(s, StringComparer.Ordinal))
        {
            return System.Enum.Parse<TEnum>(s);
        }

        throw WrongType(id, $"{typeof(TEnum).Name} ({string.Join("|", System.Enum.GetNames<TEnum>())})", value);
    }

    private static List<string> Set(string id, JsonElement value, IReadOnlyList<string> members)
    {
        var expected = members.Count > 0 ? $"array of ({string.Join("|", members)})" : "array of strings";
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw WrongType(id, expected, value);
        }

        var result = new List<string>();
        foreach (var e in value.EnumerateArray())
        {
            var s = e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            if (s is null || (members.Count > 0 && !members.Contains(s, StringComparer.Ordinal)))
            {
                throw WrongType(id, expected, value);
            }

            result.Add(s);
        }

        return result;
    }

    private static ProfileDataException WrongType(string id, string expected, JsonElement value) =>
        new(id, string.Create(CultureInfo.InvariantCulture,
            $"expected {expected}, got {(value.ValueKind == JsonValueKind.Undefined ? "nothing" : JsonText.Compact(value))}"));
}
