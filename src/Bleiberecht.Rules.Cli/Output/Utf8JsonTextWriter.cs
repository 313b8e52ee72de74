using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Bleiberecht.Rules.Cli.Output;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> (indented) whose bytes go to a <see cref="TextWriter"/> with a final newline when
/// disposed: for the small JSON documents of <c>compare</c>, <c>profiles</c>, <c>validate</c>.
/// </summary>
internal sealed class Utf8JsonTextWriter : IDisposable
{
    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new();

    /// <summary>Writes to <paramref name="output"/>.</summary>
    public Utf8JsonTextWriter(TextWriter output)
    {
        _output = output;
        Json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true });
    }

    /// <summary>The JSON writer.</summary>
    public Utf8JsonWriter Json { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Json.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _output.Write('\n');
        _output.Flush();
        Json.Dispose();
    }
}
