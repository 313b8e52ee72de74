using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bleiberecht.Rules.Options.Declarations;

/// <summary>
/// One field of a record-valued option (e.g. <c>general</c> of <c>Exclusion.ConvictionDayFineThreshold</c>): its
/// JSON name, its codec and where it lives in the option's value. Built with <see cref="OptionCodecs.Field{T, TField}"/>.
/// </summary>
/// <typeparam name="T">The option's value type.</typeparam>
public sealed class RecordField<T>
{
    private readonly Func<string, JsonElement, T, T> read;
    private readonly Func<T, string> format;
    private readonly Func<JsonObject> schema;
    private readonly Func<JsonElement, IEnumerable<string>> check;

    internal RecordField(string name, string typeName, Func<string, JsonElement, T, T> read, Func<T, string> format, Func<JsonObject> schema, Func<JsonElement, IEnumerable<string>> check)
    {
        Name = name;
        TypeName = typeName;
        this.read = read;
        this.format = format;
        this.schema = schema;
        this.check = check;
    }

    /// <summary>The field's JSON name (camelCase).</summary>
    public string Name { get; }

    /// <summary>The field's type as the catalogue writes it.</summary>
    public string TypeName { get; }

    internal T Read(string optionId, JsonElement field, T current) => read(optionId + "." + Name, field, current);

    internal string Format(T value) => format(value);

    internal JsonObject Schema() => schema();

    internal IEnumerable<string> Check(JsonElement field) => check(field);
}
