using System.Globalization;
using System.Text.RegularExpressions;
using Bleiberecht.Rules.Cli.Commands;
using Bleiberecht.Rules.Cli.Input;
using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Cli.Html;

/// <summary>
/// The 2008 study's text, by line, for showing cited lines (<c>L804-807</c>) in HTML pages. Only the lines a page
/// cites are embedded. A packaged tool has no <c>shared/</c> folder, so the text is optional: <c>--study FILE</c>, else
/// the environment variable <c>BLEIBERECHT_STUDY</c>, else <c>shared/source/expertise-2008.txt</c> in the current
/// directory or any directory above it; without it, pages show the citations without their text.
/// </summary>
internal sealed partial class StudyText
{
    /// <summary>The environment variable that names the study file.</summary>
    public const string EnvironmentVariable = "BLEIBERECHT_STUDY";

    /// <summary>Most lines shown for one citation; a longer range is cut with a note (tables run to 50 lines).</summary>
    public const int MaxLinesPerCitation = 60;

    private readonly string[] _lines;

    private StudyText(string[] lines) => _lines = lines;

    /// <summary>The number of lines.</summary>
    public int LineCount => _lines.Length;

    /// <summary>Finds and reads the study, or null where it is not there (explicit <c>--study</c> must exist).</summary>
    /// <exception cref="UsageException">An explicit <paramref name="option"/> path is missing or unreadable.</exception>
    public static StudyText? Locate(string? option)
    {
        if (option is not null)
        {
            return Read(option);
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnv && FileKinds.Of(fromEnv) == FileKind.Regular)
        {
            return Read(fromEnv);
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "source", "expertise-2008.txt");
            if (FileKinds.Of(candidate) == FileKind.Regular)
            {
                return Read(candidate);
            }
        }

        return null;
    }

    /// <summary>Reads a study file (strict UTF-8, bounded like every input).</summary>
    public static StudyText Read(string path)
    {
        var text = InputDocument.File(path).ReadText();
        return new StudyText(text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray());
    }

    /// <summary>A study from text (tests).</summary>
    public static StudyText FromText(string text) => new(text.Split('\n'));

    /// <summary>The line ranges a citation names: <c>L804-807</c> → (804, 807); several ranges where listed.</summary>
    public static IReadOnlyList<(int From, int To)> Ranges(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        if (citation.Kind != CitationKind.Source)
        {
            return [];
        }

        var result = new List<(int, int)>();
        foreach (Match m in LineReference().Matches(citation.Reference))
        {
            if (int.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var from))
            {
                var to = m.Groups[2].Success && int.TryParse(m.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var t) && t >= from ? t : from;
                result.Add((from, to));
            }
        }

        return result;
    }

    /// <summary>The cited lines' text ("804: …" per line), or null when the citation names no lines of the study.</summary>
    public string? Lines(Citation citation)
    {
        var ranges = Ranges(citation);
        if (ranges.Count == 0)
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var (from, to) in ranges)
        {
            var last = Math.Min(to, from + MaxLinesPerCitation - 1);
            for (var n = from; n <= last && n <= _lines.Length; n++)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{n}: {_lines[n - 1]}"));
            }

            if (to > last)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"… ({to - last} more lines to L{to})"));
            }
        }

        return string.Join("\n", parts);
    }

    [GeneratedRegex(@"L(\d{1,6})(?:-(\d{1,6}))?", RegexOptions.CultureInvariant)]
    private static partial Regex LineReference();
}
