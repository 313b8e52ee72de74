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
        var page = StatsPage.Render(Statistics.Reporting.StatisticsReport.Build());
        OutputPaths.WriteText(file, page, io.Out);
        if (file != "-")
        {
            io.Err.WriteLine($"wrote {file}");
        }

        return ExitCodes.Ok;
    }
}
