using Bleiberecht.Rules.Statistics.Inference;
using Bleiberecht.Rules.Statistics.Reporting;
using ScottPlot;

namespace Bleiberecht.Rules.Statistics.Charts;

/// <summary>
/// Bar chart of the permit rate (AE / Anträge, table 6.1) per Land, sorted ascending, with 95 % interval error bars and
/// the DE rate as a reference line. Länder with Warning/Error findings are marked with '*' in the axis label.
/// </summary>
public static class PermitRateChart
{
    /// <summary>Writes the chart.</summary>
    /// <param name="report">The statistics report.</param>
    /// <param name="path">Output file path.</param>
    /// <param name="format">PNG or SVG.</param>
    /// <param name="method">Interval method for the error bars.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    public static void Write(StatisticsReport report, string path, ChartFormat format, IntervalMethod method = IntervalMethod.Wilson, int width = 1000, int height = 600)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var plot = Build(report, method);
        ChartSaver.Save(plot, path, format, width, height);
    }

    /// <summary>Writes <c>permit-rate.png</c> and <c>permit-rate.svg</c> into a directory; returns both paths.</summary>
    /// <param name="report">The statistics report.</param>
    /// <param name="directory">Output directory (created if needed).</param>
    public static IReadOnlyList<string> WriteAll(StatisticsReport report, string directory)
    {
        var png = Path.Combine(directory, "permit-rate.png");
        var svg = Path.Combine(directory, "permit-rate.svg");
        Write(report, png, ChartFormat.Png);
        Write(report, svg, ChartFormat.Svg);
        return [png, svg];
    }

    private static Plot Build(StatisticsReport report, IntervalMethod method)
    {
        var rows = report.Rows.Where(r => r.LandIso != "DE" && r.PermitRate.Estimate is not null).OrderBy(r => r.PermitRate.Estimate).ToArray();
        var plot = new Plot();
        var xs = Enumerable.Range(0, rows.Length).Select(i => (double)i).ToArray();
        var ys = rows.Select(r => 100 * r.PermitRate.Estimate!.Value).ToArray();
        var bars = plot.Add.Bars(xs, ys);
        bars.Color = Colors.SteelBlue;
        var ci = rows.Select(r => method == IntervalMethod.Wilson ? r.PermitRate.Wilson! : r.PermitRate.ClopperPearson!).ToArray();
        var err = new ScottPlot.Plottables.ErrorBar(xs, ys, null, null,
            ci.Select((c, i) => (100 * c.Upper) - ys[i]).ToArray(), ci.Select((c, i) => ys[i] - (100 * c.Lower)).ToArray())
        { Color = Colors.Black, LineWidth = 1.5f, CapSize = 6 };
        plot.Add.Plottable(err);
        var de = report.Rows.FirstOrDefault(r => r.LandIso == "DE")?.PermitRate.Estimate;
        if (de is { } d)
        {
            var line = plot.Add.HorizontalLine(100 * d, 1.5f, Colors.DarkRed, LinePattern.Dashed);
            line.LegendText = "DE " + (100 * d).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %";
        }

        var labels = rows.Select(r => r.LandIso + (r.FindingIds.Count > 0 ? "*" : string.Empty)).ToArray();
        plot.Axes.Bottom.SetTicks(xs, labels);
        plot.Axes.Margins(bottom: 0);
        plot.Title("Permit rate (AE / Anträge) by Land, table 6.1 (L4337-4365), " + (method == IntervalMethod.Wilson ? "Wilson" : "Clopper-Pearson") + " 95 % intervals");
        plot.YLabel("Permits per application (%)");
        plot.XLabel("Land (* = data-quality warnings, see report)");
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }
}
