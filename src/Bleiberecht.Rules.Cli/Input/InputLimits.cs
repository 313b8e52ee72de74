namespace Bleiberecht.Rules.Cli.Input;

/// <summary>
/// Limits on what the command line reads (README "Exit codes and limits"). A case or variant document larger than
/// <see cref="MaxDocumentBytes"/> is refused with exit 2 before it is parsed, so that <c>/dev/zero</c> on standard
/// input or a runaway file cannot exhaust memory; the limit is per document (file or standard input).
/// </summary>
internal static class InputLimits
{
    /// <summary>Largest document read: 64 MiB (the 25 samples together are under 100 KB).</summary>
    public const long MaxDocumentBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Files larger than this (and every <c>.jsonl</c> file) are read one household at a time with
    /// <c>CaseJson.ReadMany</c>: constant memory for any number of households; the first invalid case ends the run
    /// (exit 2) after the decisions before it, which are then not presented as complete.
    /// </summary>
    public const long StreamFromBytes = 8L * 1024 * 1024;

    /// <summary>Longest user-given text echoed in an error message (names, paths); longer ones are cut with "…".</summary>
    public const int MaxEchoedChars = 40;

    /// <summary>A user-given text cut to <see cref="MaxEchoedChars"/> characters for an error message.</summary>
    public static string Echo(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxEchoedChars)
        {
            return text;
        }

        // Never cut between the two halves of a surrogate pair.
        var cut = char.IsHighSurrogate(text[MaxEchoedChars - 1]) ? MaxEchoedChars - 1 : MaxEchoedChars;
        return text[..cut] + "…";
    }
}
