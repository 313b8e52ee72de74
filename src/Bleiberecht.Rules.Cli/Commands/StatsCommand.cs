using Bleiberecht.Rules.Statistics.Charts;
using Bleiberecht.Rules.Statistics.Reporting;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>
/// <c>bleiberecht stats [--json] [--plot &lt;dir&gt;]</c>: prints table 6.1 (16 Länder + DE) with recomputed percentages
/// next to the printed ones, the homogeneity test with Cramér's V, the pairwise summary, Spearman and all data-quality
/// findings; <c>--plot</c> writes the permit-rate chart (PNG + SVG).
/// </summary>
public static class StatsCommand
{
    private const string Usage = "usage: bleiberecht stats [--json] [--plot <dir>]";

    /// <summary>Runs the command. Returns 0 on success, 2 on bad arguments (message on stderr).</summary>
    /// <param name="args">Arguments after the word <c>stats</c>.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var json = false;
        string? plotDir = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--plot" when i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal):
                    plotDir = args[++i];
                    break;
                case "--plot":
                    stderr.WriteLine("stats: --plot needs a directory");
                    stderr.WriteLine(Usage);
                    return 2;
                case "-h" or "--help":
                    stdout.WriteLine(Usage);
                    return 0;
                default:
                    stderr.WriteLine("stats: unknown argument '" + args[i] + "'");
                    stderr.WriteLine(Usage);
                    return 2;
            }
        }

        var report = StatisticsReport.Build();
        stdout.Write(json ? JsonReportRenderer.Render(report) + "\n" : TextReportRenderer.Render(report));
        if (plotDir is not null)
        {
            // With --json, chart messages go to stderr so that stdout stays valid JSON.
            var info = json ? stderr : stdout;
            foreach (var path in PermitRateChart.WriteAll(report, plotDir))
            {
                info.WriteLine("wrote " + path);
            }

            info.WriteLine("discretion-effect chart skipped: no simulation data given");
        }

        return 0;
    }
}
