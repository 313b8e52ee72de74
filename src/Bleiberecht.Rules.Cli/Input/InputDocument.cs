using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Bleiberecht.Rules.Cli.Commands;
using Bleiberecht.Rules.Serialization;

namespace Bleiberecht.Rules.Cli.Input;

/// <summary>
/// One input document (a file or standard input) read safely: only regular files; whole documents at most
/// <see cref="InputLimits.MaxDocumentBytes"/> (larger files are streamed), strict UTF-8. A Latin-1 file is refused with the byte offset of the
/// first invalid byte instead of being decoded with U+FFFD replacements (which would silently turn "München" into
/// another authority's name).
/// </summary>
/// <param name="Name">The file path, or <c>&lt;stdin&gt;</c>; used in error messages.</param>
/// <param name="Open">Opens the bytes; called once.</param>
/// <param name="Streamed">Read one household at a time (<see cref="InputLimits.StreamFromBytes"/>): large files and JSON Lines.</param>
internal sealed record InputDocument(string Name, Func<Stream> Open, bool Streamed = false)
{
    /// <summary>The name standard input goes by in messages.</summary>
    public const string StdinName = "<stdin>";

    /// <summary>A file, checked to be a regular file of bounded size before it is opened.</summary>
    /// <exception cref="UsageException">Missing, not a regular file (FIFO, device, socket) or too large.</exception>
    public static InputDocument File(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        switch (FileKinds.Of(path))
        {
            case FileKind.Missing:
                throw new UsageException($"no such file or directory: {InputLimits.Echo(path)}");
            case FileKind.Directory:
                throw new UsageException($"{InputLimits.Echo(path)} is a directory, not a file");
            case FileKind.Special:
                throw new UsageException($"{InputLimits.Echo(path)} is not a regular file (FIFO, device or socket); give a file or '-' for standard input");
        }

        // A large file or a JSON Lines file is read one household at a time (constant memory, any number of
        // households; the library bounds each household); a smaller document is read whole, so that every problem in
        // it is reported at once.
        var length = new FileInfo(path).Length;
        var streamed = length > InputLimits.StreamFromBytes || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);
        return new InputDocument(path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 65536, FileOptions.SequentialScan), streamed);
    }

    /// <summary>Standard input (for <c>-</c>); its size is checked while reading.</summary>
    public static InputDocument Stdin(Func<Stream> open) => new(StdinName, open);

    /// <summary>
    /// The document's text: at most <see cref="InputLimits.MaxDocumentBytes"/> bytes, strict UTF-8 (a leading BOM is
    /// skipped). Invalid UTF-8 raises <see cref="JsonDocumentException"/> naming the byte offset, line and column.
    /// </summary>
    /// <exception cref="UsageException">More than the limit.</exception>
    public string ReadText()
    {
        byte[] bytes;
        using (var stream = Open())
        {
            bytes = ReadBounded(stream);
        }

        return Decode(bytes, Name);
    }

    /// <summary>Strict UTF-8 decoding with the offset of the first invalid byte in the error.</summary>
    internal static string Decode(ReadOnlySpan<byte> bytes, string name)
    {
        var start = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        var content = bytes[start..];
        var chars = new char[content.Length];
        var status = Utf8.ToUtf16(content, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var offset = start + read;
            var (line, column) = Position(bytes[..offset]);
            var what = string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 at byte offset {offset} (byte 0x{bytes[offset]:X2}); the file must be UTF-8 (a Latin-1 or Windows-1252 file is not: convert it, e.g. with iconv -f latin1 -t utf-8)");
            throw new JsonDocumentException(name, [new JsonProblem("$", line, column, what)]);
        }

        return new string(chars, 0, written);
    }

    private static (long Line, long Column) Position(ReadOnlySpan<byte> before)
    {
        var line = 1L;
        var lineStart = 0;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Column in characters: count the UTF-8 lead bytes (not continuation bytes) since the line start.
        var column = 1L;
        for (var i = lineStart; i < before.Length; i++)
        {
            if ((before[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }

    private byte[] ReadBounded(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > InputLimits.MaxDocumentBytes)
            {
                throw TooLarge(Name);
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    private static UsageException TooLarge(string name) => new(string.Create(CultureInfo.InvariantCulture,
        $"{InputLimits.Echo(name)} is larger than the input limit of {InputLimits.MaxDocumentBytes / (1024 * 1024)} MiB per document"));
}
