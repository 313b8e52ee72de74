using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bleiberecht.Rules.Profiles;

/// <summary>Compact, human-readable JSON text of a <see cref="JsonElement"/> (umlauts are not escaped).</summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Compact(JsonElement value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            value.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
