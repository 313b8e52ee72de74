using System.Text.Json;
using Bleiberecht.Rules.Statistics.Data;
using Bleiberecht.Rules.Statistics.Gap;
using Bleiberecht.Rules.Statistics.Reporting;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>
/// <c>bleiberecht gap A B [--size N] [--seed S] [--json | --format text|json|csv]</c>: the published permit gap between two Länder next to the
/// gap their encoded discretion makes on one synthetic population (<see cref="PermitGapAnalysis"/>), with the options
/// behind it, the data-quality findings on both rows and the caveats.
/// </summary>
internal static class GapCommand
{
    private const string Usage = "usage: bleiberecht gap <Land A> <Land B> [--size N] [--seed S] [--json | --format text|json|csv]   (e.g. gap SL BY)";
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--json" };
    private static readonly HashSet<string> Valued = new(StringComparer.Ordinal) { "--size", "--seed", "--format" };

    /// <summary>Runs the command; 0 on success, <see cref="UsageException"/> (exit 2) on bad arguments.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        if (args.Any(a => a is "-h" or "--help"))
        {
            stdout.WriteLine(Usage);
            return 0;
        }

        var a = CliArgs.Parse(args, Flags, Valued);
        if (a.Positional.Count != 2)
        {
            throw new UsageException($"gap: name two Länder\n{Usage}");
        }

        var size = a.Int("--size", 20_000, 1, 10_000_000, "gap", Usage);
        var seed = a.Long("--seed", 1, "gap", Usage);
        PermitGap gap;
        try
        {
            gap = PermitGapAnalysis.Compute(StatisticsDataset.LoadEmbedded(), a.Positional[0], a.Positional[1], size, seed,
                metadata: RunMetadata.ForEmbeddedData(["gap", .. args], seed));
        }
        catch (ArgumentException e)
        {
            throw new UsageException("gap: " + e.Message.Split(" (Parameter", 2)[0]);
        }

        var format = a.Has("--json") ? "json" : a.Value("--format") ?? "text";
        stdout.Write(format switch
        {
            "json" => JsonSerializer.Serialize(gap, StatisticsJsonContext.Default.PermitGap) + "\n",
            "csv" => PermitGapCsvRenderer.Render(gap, gap.Metadata),
            "text" => PermitGapTextRenderer.Render(gap),
            _ => throw new UsageException($"gap: --format needs text, json or csv, got '{format}'\n{Usage}"),
        });
        return 0;
    }
}
