using Bleiberecht.Rules.Cli.Commands;
using Bleiberecht.Rules.Cli.Output;

namespace Bleiberecht.Rules.Cli.Html;

/// <summary><c>stats --html</c>: writes the statistics report page.</summary>
internal static class StatsHtml
{
    /// <summary>Builds the report and writes the page to <paramref name="file"/> (or stdout for <c>-</c>).</summary>
    public static int Write(string file, IReadOnlyList<string> otherArgs, CliIo io)
    {
        _ = otherArgs;
        var report = Statistics.Reporting.StatisticsReport.Build();
        var page = StatsPage.Render(report, [("Permit rate per application and per decided case, with the backlog", Charts.PermitRateChart.ToSvg(report))]);
        OutputPaths.WriteText(file, page, io.Out);
        if (file != "-")
        {
            io.Err.WriteLine($"wrote {file}");
        }

        return ExitCodes.Ok;
    }
}
