using Bleiberecht.Rules.Cli.Commands;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Serialization;

namespace Bleiberecht.Rules.Cli.Input;

/// <summary>
/// Turns the command line's inputs into documents: files, every <c>*.json</c> file of a directory (name order),
/// a wildcard in the last path segment (<c>samples/0*.json</c>, for shells that do not expand it), and <c>-</c> for
/// standard input. All names are resolved and checked before the first case is decided, so a typo in the third
/// argument does not come after two files' worth of output.
/// </summary>
internal static class CaseSources
{
    /// <summary>The documents named by <paramref name="inputs"/>, in order.</summary>
    /// <exception cref="UsageException">A name matches nothing, or names a non-regular or oversized file.</exception>
    public static IReadOnlyList<InputDocument> Resolve(IReadOnlyList<string> inputs, Func<Stream> stdin)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var documents = new List<InputDocument>();
        var stdinUsed = false;
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                if (stdinUsed)
                {
                    throw new UsageException("'-' (standard input) can be given only once");
                }

                stdinUsed = true;
                documents.Add(InputDocument.Stdin(stdin));
            }
            else if (input.AsSpan(input.LastIndexOfAny(['/', '\\']) + 1).IndexOfAny('*', '?') >= 0)
            {
                var dir = Path.GetDirectoryName(input) is { Length: > 0 } d ? d : ".";
                var pattern = Path.GetFileName(input);
                var files = Directory.Exists(dir) ? Directory.GetFiles(dir, pattern).Order(StringComparer.Ordinal).ToList() : [];
                if (files.Count == 0)
                {
                    throw new UsageException($"no files match {InputLimits.Echo(input)}");
                }

                documents.AddRange(files.Select(InputDocument.File));
            }
            else if (FileKinds.Of(input) == FileKind.Directory)
            {
                var files = Directory.GetFiles(input, "*.json").Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0)
                {
                    throw new UsageException($"no *.json case files in {InputLimits.Echo(input)}");
                }

                documents.AddRange(files.Select(InputDocument.File));
            }
            else
            {
                documents.Add(InputDocument.File(input));
            }
        }

        return documents;
    }

    /// <summary>
    /// The cases of one document. This is the one place that parses case documents: a streaming reader can replace
    /// the body (yielding households one at a time) without touching the commands, which consume it lazily.
    /// </summary>
    public static IEnumerable<Household> Read(InputDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Streamed ? Stream(document) : CaseJson.Read(document.ReadText(), document.Name);
    }

    private static IEnumerable<Household> Stream(InputDocument document)
    {
        using var stream = document.Open();
        foreach (var household in CaseJson.ReadMany(stream, document.Name))
        {
            yield return household;
        }
    }

    /// <summary>All cases of all documents, lazily, document by document.</summary>
    public static IEnumerable<Household> ReadAll(IReadOnlyList<InputDocument> documents) => documents.SelectMany(Read);
}
