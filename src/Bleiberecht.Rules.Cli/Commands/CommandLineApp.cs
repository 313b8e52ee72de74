using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Bleiberecht.Rules.Cli.Input;
using Bleiberecht.Rules.Serialization;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>
/// The command tree on System.CommandLine: <c>--help</c>/<c>-h</c> with examples on every command, <c>--version</c>,
/// tab completion (<c>[suggest]</c> directive, used by <c>dotnet-suggest</c>), and the exit codes 0 (success),
/// 2 (invalid input or usage) and 1 (internal error).
/// </summary>
internal static class CommandLineApp
{
    /// <summary>Shown at the end of the top-level help and in the README.</summary>
    public const string ExitCodeText = """
        Exit codes:
          0  success
          2  invalid input or usage: unknown command or option, missing or unreadable file, not a regular file
             (FIFO, device), input over 64 MiB, invalid UTF-8 or JSON (with path, line and column), unwritable output
          1  internal error (a bug: please report it with the command line)
        Errors go to stderr; stdout carries only results.
        """;

    /// <summary>Parses and runs <paramref name="args"/>.</summary>
    public static int Run(IReadOnlyList<string> args, CliIo io)
    {
        var root = Build(io);
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = io.Out, Error = io.Err, EnableDefaultExceptionHandler = false };
        if (parse.Action is ParseErrorAction)
        {
            // System.CommandLine would exit with 1; a usage error is bad input here (2).
            foreach (var error in parse.Errors)
            {
                io.Err.WriteLine($"bleiberecht: {error.Message}");
            }

            var command = parse.CommandResult.Command;
            io.Err.WriteLine(command is RootCommand ? "see 'bleiberecht --help'" : $"see 'bleiberecht {CommandPath(parse)} --help'");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(config);
        }
        catch (UsageException e)
        {
            io.Err.WriteLine($"bleiberecht: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (JsonDocumentException e)
        {
            io.Err.WriteLine($"bleiberecht: invalid input in {Input.InputLimits.Echo(e.Source)}:");
            foreach (var problem in e.Problems)
            {
                io.Err.WriteLine($"  {Output.ProblemText.Safe(problem)}");
            }

            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Err.WriteLine($"bleiberecht: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            io.Err.WriteLine($"bleiberecht: internal error ({e.GetType().Name}): {e.Message}");
            io.Err.WriteLine("this is a bug; please report it with the command line");
            return ExitCodes.Internal;
        }
    }

    /// <summary>The command tree, writing to <paramref name="io"/>.</summary>
    public static RootCommand Build(CliIo io)
    {
        var root = new RootCommand("bleiberecht: decide and explain cases under the IMK Bleiberechtsregelung of 17.11.2006 and §§ 104a/104b AufenthG, compare Land practice, statistics of the 2008 study.");
        root.Add(EvaluateCommand.Create(io));
        root.Add(ExplainCommand.Create(io));
        root.Add(CompareCommand.Create(io));
        root.Add(PathsCommand.Create(io));
        root.Add(ValidateCommand.Create(io));
        root.Add(ProfilesCommand.Create(io));
        root.Add(RegimesCommand.Create(io));
        root.Add(ForwardedCommands.Stats(io));
        root.Add(ForwardedCommands.Simulate(io));
        root.Add(ForwardedCommands.Gap(io));
        root.Add(SchemaCommand.Create(io));
        root.Add(LawbookCommand.Create(io));
        root.SetAction(_ =>
        {
            io.Err.WriteLine("bleiberecht: name a command; see 'bleiberecht --help'");
            return ExitCodes.BadInput;
        });

        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is HelpAction action)
        {
            help.Action = new HelpWithExamples(action);
        }

        // The default prints the entry assembly's version, which is the test host's when run in-process.
        var version = root.Options.OfType<VersionOption>().Single();
        version.Action = new ToolVersion();
        return root;
    }

    /// <summary>Prints this tool's informational version (e.g. <c>0.1.0+commit</c>).</summary>
    private sealed class ToolVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var assembly = typeof(CommandLineApp).Assembly;
            var version = assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString() ?? "unknown";
            parseResult.InvocationConfiguration.Output.WriteLine(version);
            return ExitCodes.Ok;
        }
    }

    /// <summary>The standard help, then the command's examples (and for the top level the exit codes).</summary>
    private sealed class HelpWithExamples(HelpAction inner) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var code = inner.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.CommandResult.Command is RootCommand)
            {
                output.WriteLine("Examples:");
                output.WriteLine("  bleiberecht evaluate samples");
                output.WriteLine("  bleiberecht explain samples/01-family-permit.json --lang en");
                output.WriteLine("  bleiberecht <command> --help");
                output.WriteLine();
                output.Write(ExitCodeText);
                output.WriteLine();
            }
            else if (parseResult.CommandResult.Command is CliCommand { Examples.Count: > 0 } command)
            {
                output.WriteLine("Examples:");
                foreach (var e in command.Examples)
                {
                    output.WriteLine("  " + e);
                }

                output.WriteLine();
            }

            return code;
        }
    }

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var r = parse.CommandResult; r is not null && r.Command is not RootCommand; r = r.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, r.Command.Name);
        }

        return string.Join(' ', names);
    }
}
