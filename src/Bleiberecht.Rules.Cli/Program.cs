using Bleiberecht.Rules.Cli.Commands;
using Bleiberecht.Rules.Serialization;

namespace Bleiberecht.Rules.Cli;

/// <summary>The <c>bleiberecht</c> command-line tool.</summary>
public static class Program
{
    private const string Usage = """
        usage: bleiberecht <command> [options]
          evaluate <file|dir> [--json] [--profile ID | --profile case | --variant FILE]
              decide every case: one line per case and person (--profile case: each case's own Kommune/Land)
          explain <file> [--lang de|en] [--json] [--profile ID | --profile case | --variant FILE]
              the decision tree with citations and the facts still missing
          compare (--profile ID | --variant FILE) [--profile ID | --variant FILE] <file|dir>
              outcome transitions and the elements that flipped (one rule set: base rule vs it)
          validate <variant.json>        check a rule-variant file; exit 2 with every problem
          profiles list | show <id>      Land/Kommune discretion profiles with source lines
          stats [--json] [--plot <dir> [--sim-size N] [--seed S]]
              published figures, data-quality findings, inference; charts incl. a simulated discretion effect
          simulate --size N --seed S [--profile ID] [--json] [--plot <dir>] [--breakdown]
              synthetic population: discretion-effect table for the base rule and the Land profiles
          gap <Land A> <Land B> [--size N] [--seed S] [--json]
              published permit gap vs the gap the encoded discretion makes on one synthetic population
          schema [--variant]             JSON Schema of the case format (or of variant files)
        exit codes: 0 success, 2 invalid input or usage (reason on stderr)
        """;

    /// <summary>Entry point.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs a command with explicit output streams (used by tests).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Count == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Count == 0 ? 2 : 0;
        }

        var rest = args.Skip(1).ToList();
        try
        {
            return args[0] switch
            {
                "evaluate" => EvaluateCommand.Run(rest, stdout),
                "explain" => ExplainCommand.Run(rest, stdout),
                "validate" => ValidateCommand.Run(rest, stdout),
                "compare" => CompareCommand.Run(rest, stdout),
                "profiles" => ProfilesCommand.Run(rest, stdout),
                "stats" => StatsCommand.Run(rest, stdout, stderr),
                "simulate" => SimulateCommand.Run(rest, stdout, stderr),
                "gap" => GapCommand.Run(rest, stdout),
                "schema" => Write(stdout, rest is ["--variant"] ? Variants.VariantSchema.Generate() : rest.Count == 0 ? CaseJson.Schema() : throw new UsageException("usage: bleiberecht schema [--variant]")),
                _ => throw new UsageException($"unknown command '{args[0]}'\n{Usage}"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"bleiberecht: {e.Message}");
            return 2;
        }
        catch (JsonDocumentException e)
        {
            stderr.WriteLine($"bleiberecht: invalid input in {e.Source}:");
            foreach (var problem in e.Problems)
            {
                stderr.WriteLine($"  {problem}");
            }

            return 2;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"bleiberecht: {e.Message}");
            return 2;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"bleiberecht: {e.Message}");
            return 2;
        }
    }

    private static int Write(TextWriter stdout, string text)
    {
        stdout.Write(text);
        return 0;
    }
}
