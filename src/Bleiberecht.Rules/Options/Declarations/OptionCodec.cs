using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bleiberecht.Rules.Options.Declarations;

/// <summary>
/// How the value of one option (or one record field) of type <typeparamref name="T"/> is written in profiles.json
/// and variant files: reading a JSON value (with what <c>null</c> means), its plausible range, its JSON Schema and a
/// readable form for explanations. Built by <see cref="OptionCodecs"/>; immutable.
/// </summary>
/// <typeparam name="T">The type the value has on <see cref="ImkOptions"/>.</typeparam>
public sealed class OptionCodec<T>
{
    private readonly Func<string, JsonElement, T, T> read;
    private readonly Func<T, string> format;
    private readonly Func<JsonObject> schema;
    private readonly Func<JsonElement, string?, IEnumerable<string>> check;

    internal OptionCodec(
        string typeName,
        IReadOnlyList<string> members,
        IReadOnlyDictionary<string, string> fields,
        Func<string, JsonElement, T, T> read,
        Func<T, string> format,
        Func<JsonObject> schema,
        Func<JsonElement, string?, IEnumerable<string>>? check = null)
    {
        TypeName = typeName;
        Members = members;
        Fields = fields;
        this.read = read;
        this.format = format;
        this.schema = schema;
        this.check = check ?? ((_, _) => []);
    }

    /// <summary>The type as the option catalogue writes it, e.g. <c>int?</c>, <c>enum</c>, <c>record { ... }</c>.</summary>
    public string TypeName { get; }

    /// <summary>Enum or set members in declaration order (empty for other types).</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>Record fields: JSON name → type (empty for other types).</summary>
    public IReadOnlyDictionary<string, string> Fields { get; }

    /// <summary>
    /// The value <paramref name="value"/> denotes, given the <paramref name="current"/> one (a <c>null</c> or an
    /// absent record field may keep it, as the option's encoding says).
    /// </summary>
    /// <exception cref="Profiles.ProfileDataException">The JSON value has the wrong type; the message names <paramref name="optionId"/> and the expected type.</exception>
    public T Read(string optionId, JsonElement value, T current) => read(optionId, value, current);

    /// <summary>The value in readable, culture-invariant form, e.g. <c>2</c>, <c>PermanentOnly</c>, <c>2007-05-18</c>.</summary>
    public string Format(T value) => format(value);

    /// <summary>A fresh JSON Schema object for the value.</summary>
    public JsonObject Schema() => schema();

    /// <summary>The range problems of a value whose type is already known to be right (empty when in range).</summary>
    public IEnumerable<string> Check(JsonElement value) => check(value, null);

    /// <summary>The range problems of this codec used as record field <paramref name="field"/>.</summary>
    internal IEnumerable<string> CheckField(JsonElement value, string field) => check(value, field);
}
