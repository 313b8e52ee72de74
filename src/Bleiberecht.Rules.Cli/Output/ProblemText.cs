using System.Text.RegularExpressions;
using Bleiberecht.Rules.Cli.Input;
using Bleiberecht.Rules.Serialization;

namespace Bleiberecht.Rules.Cli.Output;

/// <summary>
/// How an input problem is printed (issue 11, item 6): case files hold personal data, and an error message is copied
/// into tickets and logs, so quoted values from the input are cut to <see cref="Input.InputLimits.MaxEchoedChars"/>
/// characters, and the value of a date of birth is not echoed at all. Path, line and column stay as they are.
/// </summary>
internal static partial class ProblemText
{
    /// <summary>The problem as one line, with echoed values bounded.</summary>
    public static string Safe(JsonProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var message = problem.Message;
        if (problem.Path.Contains("birthDate", StringComparison.OrdinalIgnoreCase))
        {
            message = FoundValue().Replace(message, "found a value (not shown: date of birth)");
        }

        message = DoubleQuoted().Replace(message, m => "\"" + Input.InputLimits.Echo(m.Groups[1].Value) + "\"");
        message = SingleQuoted().Replace(message, m => "'" + Input.InputLimits.Echo(m.Groups[1].Value) + "'");
        return (problem with { Message = message }).ToString();
    }

    [GeneratedRegex("""(?:found|got)\s+(?:"(?:[^"\\]|\\.)*"|'[^']*'|\S+)""", RegexOptions.CultureInvariant)]
    private static partial Regex FoundValue();

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex DoubleQuoted();

    // Only quotes that open after a space or bracket and close before a space or punctuation: not an apostrophe.
    [GeneratedRegex(@"(?<=^|[\s(\[])'([^']*)'(?=$|[\s)\],.;:?!])", RegexOptions.CultureInvariant)]
    private static partial Regex SingleQuoted();
}
