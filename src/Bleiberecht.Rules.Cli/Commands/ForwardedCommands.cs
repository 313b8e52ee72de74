using System.CommandLine;
using System.CommandLine.Parsing;
using Bleiberecht.Rules.Cli.Html;
using Bleiberecht.Rules.Cli.Output;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>
/// <c>stats</c>, <c>simulate</c> and <c>gap</c> on System.CommandLine as a thin binding layer: the options are declared
/// here for <c>--help</c>, examples and completion, but the tokens after the command word are handed unchanged to the
/// commands' own <c>Run(args, …)</c>, which keep their parsing and messages. Unknown tokens are not rejected here, so an
/// option a command's body learns (e.g. <c>--format csv</c>) works before it is declared; declare it below for the help.
/// This layer adds what must happen before computing: output paths (<c>--plot</c>, <c>--html</c>) are checked first.
/// </summary>
internal static class ForwardedCommands
{
    /// <summary><c>bleiberecht stats</c>.</summary>
    public static Command Stats(CliIo io)
    {
        var command = new CliCommand("stats", "Table 6.1 of the study (16 Länder + DE) with printed and recomputed percentages, Wilson and Clopper–Pearson intervals, chi-square with Cramér's V, Holm-corrected pairs, Spearman, and every data-quality finding.")
        {
            Examples =
            [
                "bleiberecht stats",
                "bleiberecht stats --json",
                "bleiberecht stats --plot out/                 # permit-rate and discretion-effect charts (PNG + SVG)",
                "bleiberecht stats --html out/stats.html        # the report as an HTML page",
            ],
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Add(CommonOptions.Json("report"));
        var plot = new Option<string?>("--plot") { Description = "write the charts (PNG + SVG) into this directory; it is checked before anything is computed", HelpName = "DIR" };
        command.Add(plot);
        command.Add(new Option<string?>("--sim-size") { Description = "households of the synthetic population behind the discretion-effect chart (default 5000; only with --plot)", HelpName = "N" });
        command.Add(new Option<string?>("--seed") { Description = "seed of that population (default 1; only with --plot)", HelpName = "S" });
        var html = new Option<string?>("--html") { Description = "also write the report as a self-contained HTML page (tables; - for stdout instead of the text report)", HelpName = "FILE" };
        command.Add(html);
        command.SetAction(r =>
        {
            var htmlFile = r.GetValue(html);
            CheckPlot(r.GetValue(plot));
            if (htmlFile is not null)
            {
                OutputPaths.EnsureWritableFile(htmlFile, "--html");
            }

            var rest = Without(Forwarded(r, command), "--html");
            if (htmlFile == "-")
            {
                // The page replaces the text report on stdout; the body still validates the other arguments.
                return StatsHtml.Write(htmlFile, rest, io);
            }

            var code = StatsCommand.Run(rest, io.Out, io.Err);
            return code == ExitCodes.Ok && htmlFile is not null ? StatsHtml.Write(htmlFile, rest, io) : code;
        });
        return command;
    }

    /// <summary><c>bleiberecht simulate</c>.</summary>
    public static Command Simulate(CliIo io)
    {
        var command = new CliCommand("simulate", "One synthetic population (every parameter with its source line or marked as an assumption) under the base rule and the 16 Land profiles: the discretion-effect table with bootstrap intervals.")
        {
            Examples =
            [
                "bleiberecht simulate --size 100000 --seed 1 --breakdown",
                "bleiberecht simulate --size 20000 --profile SL --profile BY --json",
                "bleiberecht simulate --size 10 --seed 1        # small run: the parameter list with sources",
            ],
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Add(new Option<string?>("--size") { Description = "households (1 to 10,000,000; default 10000)", HelpName = "N" });
        command.Add(new Option<string?>("--seed") { Description = "random seed (default 1)", HelpName = "S" });
        command.Add(new Option<string[]>("--profile") { Description = "Land profiles to run next to the base rule (default: all 16)", HelpName = "ID" });
        command.Add(CommonOptions.Json("table and parameters"));
        var plot = new Option<string?>("--plot") { Description = "write the discretion-effect chart (PNG + SVG) into this directory; checked before the simulation runs", HelpName = "DIR" };
        command.Add(plot);
        command.Add(new Option<bool>("--breakdown") { Description = "also the refusal grounds, pending facts and failing elements under the base rule" });
        command.SetAction(r =>
        {
            CheckPlot(r.GetValue(plot));
            return SimulateCommand.Run(Forwarded(r, command), io.Out, io.Err);
        });
        return command;
    }

    /// <summary><c>bleiberecht gap</c>.</summary>
    public static Command Gap(CliIo io)
    {
        var command = new CliCommand("gap", "The published permit gap between two Länder next to the gap their encoded discretion makes on one synthetic population, with the options behind it, data-quality findings and caveats.")
        {
            Examples = ["bleiberecht gap SL BY", "bleiberecht gap SL BY --size 50000 --seed 7 --json"],
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Add(new Argument<string[]>("Länder") { Description = "two Länder, e.g. SL BY", Arity = ArgumentArity.ZeroOrMore });
        command.Add(new Option<string?>("--size") { Description = "households of the common synthetic population (default 20000)", HelpName = "N" });
        command.Add(new Option<string?>("--seed") { Description = "random seed (default 1)", HelpName = "S" });
        command.Add(CommonOptions.Json("gap analysis"));
        command.SetAction(r => GapCommand.Run(Forwarded(r, command), io.Out));
        return command;
    }

    private static void CheckPlot(string? dir)
    {
        if (dir is not null && !dir.StartsWith("--", StringComparison.Ordinal))
        {
            OutputPaths.EnsureWritableDirectory(dir, "--plot");
        }
    }

    /// <summary>The tokens after the command word, as typed (response files expanded).</summary>
    private static List<string> Forwarded(ParseResult r, Command command)
    {
        var tokens = r.Tokens.ToList();
        var at = tokens.FindIndex(t => t.Type == TokenType.Command && t.Value == command.Name);
        return tokens.Skip(at + 1).Select(t => t.Value).ToList();
    }

    private static List<string> Without(List<string> args, string option)
    {
        var result = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == option)
            {
                i++;
                continue;
            }

            result.Add(args[i]);
        }

        return result;
    }
}
