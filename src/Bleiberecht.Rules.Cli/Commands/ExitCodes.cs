namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>
/// The process exit codes, documented in <c>bleiberecht --help</c> and the README: scripts can tell bad input (fix the
/// input) from an internal failure (report a bug).
/// </summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>An internal error: a bug in the tool, never caused by the input alone.</summary>
    public const int Internal = 1;

    /// <summary>Invalid input or usage: unknown option, unreadable or invalid file, unwritable output path.</summary>
    public const int BadInput = 2;
}
