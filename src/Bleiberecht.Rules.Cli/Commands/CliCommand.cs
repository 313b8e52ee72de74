using System.CommandLine;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>A command with usage examples, which its <c>--help</c> prints after the options.</summary>
/// <param name="name">The command word.</param>
/// <param name="description">One-paragraph description.</param>
internal sealed class CliCommand(string name, string description) : Command(name, description)
{
    /// <summary>Example command lines, each runnable from the repository root.</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];
}
