using System.Diagnostics;
using System.Globalization;
using Bleiberecht.Rules.Charts;
using Bleiberecht.Rules.Statistics.Simulation;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>
/// <c>bleiberecht simulate --size N --seed S [--profile ID ...] [--json | --format text|json|csv] [--plot &lt;dir&gt;] [--breakdown] [--sensitivity N]</c>: generates a
/// synthetic population, evaluates it under the base rule and the 16 Land profiles (or base + the given profiles),
/// prints the parameters and the discretion-effect table with bootstrap intervals, with <c>--breakdown</c> the
/// refusal grounds, pending facts and failing elements under the base rule (<see cref="GroundBreakdown"/>), and with
/// <c>--plot</c> writes discretion-effect.png/.svg. <c>--sensitivity N</c> instead runs the one-at-a-time and
/// Latin-hypercube sensitivity analysis (<see cref="SensitivityAnalysis"/>, N points) of the base rule's permit share
/// (or, with one <c>--profile</c>, of its difference to the base) on the given population size, with a tornado chart
/// under <c>--plot</c>. Progress goes to stderr.
/// </summary>
internal static class SimulateCommand
{
    private const string Usage = "usage: bleiberecht simulate [--size N] [--seed S] [--profile ID ...] [--json | --format text|json|csv] [--plot <dir>] [--breakdown] [--sensitivity N]";
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--json", "--breakdown" };
    private static readonly HashSet<string> Valued = new(StringComparer.Ordinal) { "--size", "--seed", "--profile", "--plot", "--format", "--sensitivity" };

    /// <summary>Runs the command; 0 on success, <see cref="UsageException"/> (exit 2) on bad arguments.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Any(a => a is "-h" or "--help"))
        {
            stdout.WriteLine(Usage);
            return 0;
        }

        var a = CliArgs.Parse(args, Flags, Valued);
        if (a.Positional.Count > 0)
        {
            throw new UsageException($"simulate: unexpected argument '{a.Positional[0]}'\n{Usage}");
        }

        var size = a.Int("--size", 10000, 1, 10_000_000, "simulate", Usage);
        var seed = a.Long("--seed", 1, "simulate", Usage);
        var format = a.Has("--json") ? "json" : a.Value("--format") ?? "text";
        if (format is not ("text" or "json" or "csv"))
        {
            throw new UsageException($"simulate: --format needs text, json or csv, got '{format}'\n{Usage}");
        }

        var json = format != "text";
        var breakdown = a.Has("--breakdown");
        var plotDir = a.Value("--plot");
        IReadOnlyList<Bleiberecht.Rules.Evaluation.RuleSet> ruleSets;
        try
        {
            ruleSets = a.All("--profile").Count == 0 ? WhatIfRunner.DefaultRuleSets() : WhatIfRunner.RuleSetsFor(a.All("--profile"));
        }
        catch (ArgumentException e)
        {
            throw new UsageException("simulate: " + e.Message.Split(" (Parameter", 2)[0]);
        }

        var parameters = PopulationParameters.Default;
        if (a.Value("--sensitivity") is not null)
        {
            var points = a.Int("--sensitivity", 50, 2, 10_000, "simulate", Usage);
            if (a.All("--profile").Count == 0)
            {
                ruleSets = [ruleSets[0]];
            }

            if (ruleSets.Count > 2)
            {
                throw new UsageException($"simulate: --sensitivity takes at most one --profile (its difference to the base is the output)\n{Usage}");
            }

            var sensitivityMetadata = Bleiberecht.Rules.Statistics.Reporting.RunMetadata.ForEmbeddedData(["simulate", .. args], seed);
            var analysis = SensitivityAnalysis.Run(parameters, ruleSets,
                ruleSets.Count == 1 ? SensitivityAnalysis.PermitShare() : SensitivityAnalysis.PermitDifference(0, 1),
                ruleSets.Count == 1 ? "the base rule's permit share of persons" : $"the permit share difference {ruleSets[1].Name} - {ruleSets[0].Name}",
                size, seed, points);
            stdout.WriteLine("Run: " + sensitivityMetadata.ToLine());
            stdout.Write(SensitivityTextRenderer.Render(analysis));
            if (plotDir is not null)
            {
                foreach (var path in TornadoChart.WriteAll(analysis, plotDir, sensitivityMetadata.ToChartLines()))
                {
                    stdout.WriteLine("wrote " + path);
                }
            }

            return 0;
        }

        var watch = Stopwatch.StartNew();
        var population = PopulationGenerator.Generate(parameters, size, seed);
        var progress = new StderrProgress(stderr);
        var table = WhatIfRunner.Run(population, ruleSets, WhatIfOptions.Default with { BootstrapSeed = seed }, progress);
        progress.Finish();
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"simulate: {size} households x {ruleSets.Count} rule sets in {watch.Elapsed.TotalSeconds:0.0} s"));
        var grounds = breakdown ? GroundBreakdown.Compute(population, ruleSets[0]) : null;

        var metadata = Bleiberecht.Rules.Statistics.Reporting.RunMetadata.ForEmbeddedData(["simulate", .. args], seed);
        if (format == "csv")
        {
            stdout.Write(DiscretionEffectCsvRenderer.Render(table, parameters, metadata));
        }
        else if (json)
        {
            stdout.WriteLine(DiscretionEffectJsonRenderer.Render(table, parameters, seed, metadata));
        }
        else
        {
            stdout.WriteLine("Run: " + metadata.ToLine());
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Synthetic population: {size} households, seed {seed}"));
            stdout.Write(DiscretionEffectTextRenderer.Render(table));
        }

        if (grounds is not null)
        {
            // With --json the breakdown goes to stderr so that stdout stays valid JSON.
            (json ? stderr : stdout).Write(Environment.NewLine + grounds.Render(15));
        }

        if (!json)
        {
            // Results first, then the ~140 lines of parameters they rest on.
            stdout.WriteLine();
            stdout.WriteLine(parameters.Describe());
        }

        if (plotDir is not null)
        {
            Directory.CreateDirectory(plotDir);
            var info = json ? stderr : stdout;
            if (table.Rows.Count < 2)
            {
                throw new UsageException($"simulate: --plot compares profiles with the base rule; name at least one --profile or none for all\n{Usage}");
            }

            foreach (var path in DiscretionEffectChart.WriteAll(DiscretionEffectChartData.ToChartProfiles(table), plotDir, DiscretionEffectChartData.Subtitle(table, seed, metadata)))
            {
                info.WriteLine("wrote " + path);
            }
        }

        return 0;
    }

    /// <summary>
    /// Prints progress to stderr: one updating line (<c>\r</c>) when stderr is the console and not redirected, else a
    /// line every 10 %. Called synchronously (serialised by the runner), so output never arrives after the table.
    /// </summary>
    private sealed class StderrProgress(TextWriter stderr) : IProgress<double>
    {
        private readonly bool _interactive = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        private int _lastShown = -1;

        public void Report(double value)
        {
            if (_interactive)
            {
                var percent = (int)Math.Floor(value * 100);
                if (percent != _lastShown)
                {
                    _lastShown = percent;
                    stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\rsimulate: {percent,3}%"));
                    stderr.Flush();
                }
            }
            else
            {
                var decile = (int)Math.Floor(value * 10);
                if (decile > _lastShown)
                {
                    _lastShown = decile;
                    stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"simulate: {decile * 10}%"));
                }
            }
        }

        public void Finish()
        {
            if (_interactive)
            {
                stderr.WriteLine();
            }
        }
    }
}
