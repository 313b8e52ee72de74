using System.Diagnostics;
using System.Globalization;
using Bleiberecht.Rules.Charts;
using Bleiberecht.Rules.Statistics.Reporting;
using Bleiberecht.Rules.Statistics.Simulation;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>
/// <c>bleiberecht stats [--json | --format text|json|csv] [--design-effect D] [--plot &lt;dir&gt; [--sim-size N] [--seed S]]</c>: prints table 6.1 (16 Länder + DE)
/// with recomputed percentages next to the printed ones, the homogeneity test with Cramér's V, the pairwise summary,
/// Spearman and all data-quality findings; <c>--plot</c> writes the permit-rate chart (PNG + SVG) and the
/// discretion-effect chart from a default synthetic population (<see cref="PopulationParameters.Default"/>, size
/// <c>--sim-size</c>, default 5,000 households, seed <c>--seed</c>, default 1; progress on stderr). Without
/// <c>--plot</c> no simulation runs. <c>--format csv</c> writes the tidy long-format export
/// (<see cref="CsvReportRenderer"/>); <c>--design-effect D</c> assumes clustered counting units (D ≥ 1, default 1).
/// </summary>
public static class StatsCommand
{
    private const string Usage = "usage: bleiberecht stats [--json | --format text|json|csv] [--design-effect D] [--plot <dir> [--sim-size N] [--seed S]]";
    private const int DefaultSimSize = 5000;

    /// <summary>Runs the command. Returns 0 on success, 2 on bad arguments (message on stderr).</summary>
    /// <param name="args">Arguments after the word <c>stats</c>.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var format = "text";
        string? designEffectText = null;
        string? plotDir = null;
        string? simSizeText = null;
        string? seedText = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--json":
                    format = "json";
                    break;
                case "--format" when i + 1 < args.Count && args[i + 1] is "text" or "json" or "csv":
                    format = args[++i];
                    break;
                case "--format":
                    stderr.WriteLine("stats: --format needs text, json or csv");
                    stderr.WriteLine(Usage);
                    return 2;
                case "--design-effect" when i + 1 < args.Count:
                    designEffectText = args[++i];
                    break;
                case "--design-effect":
                    stderr.WriteLine("stats: --design-effect needs a value");
                    stderr.WriteLine(Usage);
                    return 2;
                case "--plot" when i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal):
                    plotDir = args[++i];
                    break;
                case "--plot":
                    stderr.WriteLine("stats: --plot needs a directory");
                    stderr.WriteLine(Usage);
                    return 2;
                case "--sim-size" or "--seed" when i + 1 < args.Count:
                    if (args[i] == "--sim-size")
                    {
                        simSizeText = args[++i];
                    }
                    else
                    {
                        seedText = args[++i];
                    }

                    break;
                case "--sim-size" or "--seed":
                    stderr.WriteLine("stats: " + args[i] + " needs a value");
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

        var simSize = DefaultSimSize;
        if (simSizeText is not null && (!int.TryParse(simSizeText, NumberStyles.Integer, CultureInfo.InvariantCulture, out simSize) || simSize < 1 || simSize > 10_000_000))
        {
            stderr.WriteLine("stats: --sim-size needs an integer from 1 to 10000000, got '" + simSizeText + "'");
            stderr.WriteLine(Usage);
            return 2;
        }

        var seed = 1L;
        if (seedText is not null && !long.TryParse(seedText, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed))
        {
            stderr.WriteLine("stats: --seed needs an integer, got '" + seedText + "'");
            stderr.WriteLine(Usage);
            return 2;
        }

        if (plotDir is null && (simSizeText is not null || seedText is not null))
        {
            stderr.WriteLine("stats: --sim-size and --seed only apply with --plot");
            stderr.WriteLine(Usage);
            return 2;
        }

        var designEffect = 1.0;
        if (designEffectText is not null && (!double.TryParse(designEffectText, NumberStyles.Float, CultureInfo.InvariantCulture, out designEffect) || !(designEffect >= 1 && designEffect <= 1000)))
        {
            stderr.WriteLine("stats: --design-effect needs a number from 1 to 1000, got '" + designEffectText + "'");
            stderr.WriteLine(Usage);
            return 2;
        }

        var metadata = RunMetadata.ForEmbeddedData(["stats", .. args], plotDir is null ? null : seed);
        var report = StatisticsReport.Build(Bleiberecht.Rules.Statistics.Data.StatisticsDataset.LoadEmbedded(), designEffect, metadata);
        stdout.Write(format switch
        {
            "json" => JsonReportRenderer.Render(report) + "\n",
            "csv" => CsvReportRenderer.Render(report),
            _ => TextReportRenderer.Render(report),
        });
        if (plotDir is not null)
        {
            // With --json or --format csv, chart messages go to stderr so that stdout stays machine-readable.
            var info = format != "text" ? stderr : stdout;
            foreach (var path in PermitRateChart.WriteAll(report, plotDir))
            {
                info.WriteLine("wrote " + path);
            }

            // The discretion-effect chart needs a simulation: a default synthetic population, not the published data.
            var watch = Stopwatch.StartNew();
            var population = PopulationGenerator.Generate(PopulationParameters.Default, simSize, seed);
            var table = WhatIfRunner.Run(population, WhatIfRunner.DefaultRuleSets(), WhatIfOptions.Default with { BootstrapSeed = seed }, new DecileProgress(stderr));
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stats: simulated {simSize} households x {table.Rows.Count} rule sets in {watch.Elapsed.TotalSeconds:0.0} s"));
            foreach (var path in DiscretionEffectChart.WriteAll(DiscretionEffectChartData.ToChartProfiles(table), plotDir, DiscretionEffectChartData.Subtitle(table, seed, metadata)))
            {
                info.WriteLine("wrote " + path);
            }

            info.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"discretion-effect chart: synthetic population of {simSize} households (seed {seed}, default parameters), not the published figures; see 'bleiberecht simulate' for the table and caveats"));
        }

        return 0;
    }

    /// <summary>Prints the simulation progress to stderr, one line per 10 % (serialised by the runner).</summary>
    private sealed class DecileProgress(TextWriter stderr) : IProgress<double>
    {
        private int _lastShown = -1;

        public void Report(double value)
        {
            var decile = (int)Math.Floor(value * 10);
            if (decile > _lastShown)
            {
                _lastShown = decile;
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stats: simulation {decile * 10}%"));
            }
        }
    }
}
