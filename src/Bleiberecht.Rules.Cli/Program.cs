using Bleiberecht.Rules.Cli.Commands;

namespace Bleiberecht.Rules.Cli;

/// <summary>
/// The <c>bleiberecht</c> command-line tool. Commands, options and examples: <c>bleiberecht --help</c> and
/// <c>bleiberecht &lt;command&gt; --help</c>. Exit codes: 0 success, 2 invalid input or usage, 1 internal error.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args) => Run(args, Console.OpenStandardInput, Console.Out, Console.Error);

    /// <summary>Runs a command with explicit output streams (used by tests); <c>-</c> reads the console's standard input.</summary>
    /// <param name="args">The arguments after the program name.</param>
    /// <param name="stdout">Results.</param>
    /// <param name="stderr">Diagnostics.</param>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) =>
        Run(args, Console.OpenStandardInput, stdout, stderr);

    /// <summary>Runs a command with explicit streams (used by tests).</summary>
    /// <param name="args">The arguments after the program name.</param>
    /// <param name="stdin">Opens standard input as bytes, for the input <c>-</c>.</param>
    /// <param name="stdout">Results.</param>
    /// <param name="stderr">Diagnostics.</param>
    public static int Run(IReadOnlyList<string> args, Func<Stream> stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        return CommandLineApp.Run(args, new CliIo(stdin, stdout, stderr));
    }
}
