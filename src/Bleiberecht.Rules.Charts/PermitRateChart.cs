using System.Globalization;
using Bleiberecht.Rules.Statistics.Inference;
using Bleiberecht.Rules.Statistics.Reporting;
using ScottPlot;

namespace Bleiberecht.Rules.Charts;

/// <summary>
/// Permit rates by Land from table 6.1, three bars per Land (sorted by the per-application rate): permits per
/// application and permits per decided case, each with its 95 % interval, and the undecided share (backlog) that
/// separates the two. The DE rate per application is a reference line. A Land is marked '*' when a data-quality
/// finding concerns its permit rate; a rate that is not published is labelled "k.A." instead of a zero-height bar.
/// Okabe–Ito colours; the subtitle carries the run metadata.
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
    public static void Write(StatisticsReport report, string path, ChartFormat format, IntervalMethod method = IntervalMethod.Wilson, int width = 1100, int height = 620)
    {
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

    /// <summary>The chart as SVG text, in memory.</summary>
    /// <param name="report">The statistics report.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    public static string ToSvg(StatisticsReport report, int width = 1100, int height = 620)
    {
        using var plot = Build(report, IntervalMethod.Wilson);
        return ChartSaver.ToSvg(plot, width, height);
    }

    /// <summary>The chart as PNG bytes, in memory.</summary>
    /// <param name="report">The statistics report.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    public static byte[] ToPng(StatisticsReport report, int width = 1100, int height = 620)
    {
        using var plot = Build(report, IntervalMethod.Wilson);
        return ChartSaver.ToPng(plot, width, height);
    }

    /// <summary>True when a finding concerns the Land's permit rate (its caveats cite one).</summary>
    /// <param name="row">A report row.</param>
    public static bool Marked(LandReportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.PermitRate.Caveats.Any(c => c.StartsWith("see findings", StringComparison.Ordinal));
    }

    private static Plot Build(StatisticsReport report, IntervalMethod method)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Rows.Where(r => r.LandIso != "DE" && r.PermitRate.Estimate is not null).OrderBy(r => r.PermitRate.Estimate).ToArray();
        var plot = new Plot();
        (string Name, Color Color, Func<LandReportRow, RateEstimate> Pick, bool Interval)[] series =
        [
            ("Permits / applications", OkabeIto.Blue, r => r.PermitRate, true),
            ("Permits / decided (permits + refusals)", OkabeIto.Orange, r => r.DecidedPermitRate, true),
            ("Undecided / applications (backlog)", OkabeIto.SkyBlue, r => r.UndecidedShare, false),
        ];
        const double groupWidth = 0.84;
        var barWidth = groupWidth / series.Length;
        for (var s = 0; s < series.Length; s++)
        {
            var bars = new List<Bar>();
            var xs = new List<double>();
            var ys = new List<double>();
            var epos = new List<double>();
            var eneg = new List<double>();
            for (var i = 0; i < rows.Length; i++)
            {
                var rate = series[s].Pick(rows[i]);
                var x = i - (groupWidth / 2) + (barWidth * (s + 0.5));
                if (rate.Estimate is not { } e)
                {
                    var label = plot.Add.Text("k.A.", x, 1);
                    label.LabelFontSize = 9;
                    label.LabelRotation = -90;
                    continue;
                }

                var y = 100 * e;
                bars.Add(new Bar { Position = x, Value = y, Size = barWidth * 0.92, FillColor = series[s].Color, LineWidth = 0 });
                var ci = method == IntervalMethod.ClopperPearson ? rate.ClopperPearson : rate.Wilson;
                if (series[s].Interval && ci is not null)
                {
                    xs.Add(x);
                    ys.Add(y);
                    epos.Add(Math.Max(0, (100 * ci.Upper) - y));
                    eneg.Add(Math.Max(0, y - (100 * ci.Lower)));
                }
            }

            plot.Add.Bars(bars).LegendText = series[s].Name;
            if (xs.Count > 0)
            {
                plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(xs, ys, null, null, epos, eneg) { Color = Colors.Black, LineWidth = 1.2f, CapSize = 3 });
            }
        }

        var de = report.Rows.FirstOrDefault(r => r.LandIso == "DE")?.PermitRate.Estimate;
        if (de is { } d)
        {
            var line = plot.Add.HorizontalLine(100 * d, 1.5f, Colors.Black, LinePattern.Dashed);
            line.LegendText = "DE permits / applications " + (100 * d).ToString("0.0", CultureInfo.InvariantCulture) + " %";
        }

        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, rows.Length).Select(i => (double)i).ToArray(), rows.Select(r => r.LandIso + (Marked(r) ? "*" : string.Empty)).ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsY(0, 100);
        var methodName = method == IntervalMethod.ClopperPearson ? "Clopper-Pearson" : "Wilson";
        plot.Title("Permit rate by Land, table 6.1 (L4337-4365): per application, per decided case, and the backlog\n"
            + "published figures; " + methodName + " 95 % intervals; * = a data-quality finding concerns the permit rate\n" + report.Metadata.ToChartLines(), size: 12);
        plot.YLabel("Share (%)");
        plot.XLabel("Land, sorted by permits / applications");
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }
}
