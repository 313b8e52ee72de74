namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>The streams a command works with (the console, or writers and a stream in tests).</summary>
/// <param name="OpenStdin">Opens standard input as bytes (for <c>-</c>); bytes, so that invalid UTF-8 is detected.</param>
/// <param name="Out">Standard output: results only.</param>
/// <param name="Err">Standard error: diagnostics, progress and "wrote …" messages.</param>
internal sealed record CliIo(Func<Stream> OpenStdin, TextWriter Out, TextWriter Err);
