using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bleiberecht.Rules.Serialization;

/// <summary>
/// Reads and writes an enum fact by its name only (case-insensitive, as before). The default string-enum converter
/// also accepts integers (<c>"germanLevel": 255</c>, <c>"kind": 99</c>, <c>"-1"</c>), which load as values the enum
/// does not define and that the explain and bulk paths would read differently (or index out of range); with integers
/// switched off it tells them apart with a regular expression that has a time-out, so on a loaded machine it threw
/// <see cref="System.Text.RegularExpressions.RegexMatchTimeoutException"/> (found by the fuzzer). This converter
/// compares with the declared names and nothing else.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class EnumNameConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private static readonly string[] Names = Enum.GetNames<T>();

    private static readonly T[] Values = Enum.GetValues<T>();

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString();
            for (var i = 0; i < Names.Length; i++)
            {
                if (string.Equals(Names[i], text, StringComparison.OrdinalIgnoreCase))
                {
                    return Values[i];
                }
            }
        }

        // No message: System.Text.Json then reports "could not be converted" with the path, line and column.
        throw new JsonException();
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
