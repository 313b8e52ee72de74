using System.Text.Json.Serialization;

namespace Bleiberecht.Rules.Serialization;

/// <summary>
/// Reads and writes an enum fact by its name only. The default string-enum converter also accepts integers
/// (<c>"germanLevel": 255</c>, <c>"kind": 99</c>, <c>"-1"</c>), which load as values the enum does not define and
/// that the explain and bulk paths would read differently (or index out of range); a name is the only encoding the
/// case format documents.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class EnumNameConverter<T> : JsonStringEnumConverter<T>
    where T : struct, Enum
{
    /// <summary>Creates the converter (names as declared, no integers).</summary>
    public EnumNameConverter()
        : base(namingPolicy: null, allowIntegerValues: false)
    {
    }
}
