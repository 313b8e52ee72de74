using System.Globalization;
using Bleiberecht.Rules.Statistics.Simulation;
using ScottPlot;

namespace Bleiberecht.Rules.Charts;

/// <summary>
/// Tornado chart of a <see cref="SensitivityAnalysis"/>: for the parameters with the largest one-at-a-time swing, a
/// horizontal bar from the output at the low end to the output at the high end of the range, relative to the output at
/// the parameters' values (percentage points). Orange = low end, blue = high end (Okabe–Ito).
/// </summary>
public static class TornadoChart
{
    /// <summary>The chart as SVG text.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="top">How many parameters to show.</param>
    /// <param name="subtitle">Run metadata, if any.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    public static string ToSvg(SensitivityAnalysis analysis, int top = 15, string? subtitle = null, int width = 1000, int height = 650)
    {
        using var plot = Build(analysis, top, subtitle);
        return ChartSaver.ToSvg(plot, width, height);
    }

    /// <summary>The chart as PNG bytes.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="top">How many parameters to show.</param>
    /// <param name="subtitle">Run metadata, if any.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    public static byte[] ToPng(SensitivityAnalysis analysis, int top = 15, string? subtitle = null, int width = 1000, int height = 650)
    {
        using var plot = Build(analysis, top, subtitle);
        return ChartSaver.ToPng(plot, width, height);
    }

    /// <summary>Writes <c>sensitivity-tornado.png</c> and <c>.svg</c> into a directory; returns both paths.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="directory">Output directory.</param>
    /// <param name="subtitle">Run metadata, if any.</param>
    public static IReadOnlyList<string> WriteAll(SensitivityAnalysis analysis, string directory, string? subtitle = null)
    {
        var png = Path.Combine(directory, "sensitivity-tornado.png");
        var svg = Path.Combine(directory, "sensitivity-tornado.svg");
        using (var plot = Build(analysis, 15, subtitle))
        {
            ChartSaver.Save(plot, png, ChartFormat.Png, 1000, 650);
            ChartSaver.Save(plot, svg, ChartFormat.Svg, 1000, 650);
        }

        return [png, svg];
    }

    private static Plot Build(SensitivityAnalysis analysis, int top, string? subtitle)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var shown = analysis.OneAtATime.Take(top).Reverse().ToArray();
        var plot = new Plot();
        var low = new List<Bar>();
        var high = new List<Bar>();
        for (var i = 0; i < shown.Length; i++)
        {
            var e = shown[i];
            low.Add(new Bar { Position = i, ValueBase = 0, Value = 100 * (e.OutputAtLow - analysis.BaseOutput), FillColor = OkabeIto.Orange, LineWidth = 0, Size = 0.7 });
            high.Add(new Bar { Position = i, ValueBase = 0, Value = 100 * (e.OutputAtHigh - analysis.BaseOutput), FillColor = OkabeIto.Blue, LineWidth = 0, Size = 0.7 });
        }

        var lowPlot = plot.Add.Bars(low);
        lowPlot.Horizontal = true;
        lowPlot.LegendText = "parameter at the low end";
        var highPlot = plot.Add.Bars(high);
        highPlot.Horizontal = true;
        highPlot.LegendText = "parameter at the high end";
        plot.Add.VerticalLine(0, 1, Colors.Black);
        plot.Axes.Left.SetTicks(Enumerable.Range(0, shown.Length).Select(i => (double)i).ToArray(),
            shown.Select(e => e.Parameter + " (" + e.Kind.ToString()[..1] + ")").ToArray());
        var inv = CultureInfo.InvariantCulture;
        plot.Title("One-at-a-time sensitivity of " + analysis.Output + " (" + (100 * analysis.BaseOutput).ToString("0.0", inv) + " % at the values)\n"
            + analysis.Households.ToString("N0", inv) + " synthetic households, seed " + analysis.Seed.ToString(inv) + "; synthetic, not published; joint Latin-hypercube band "
            + (100 * analysis.JointLower).ToString("0.0", inv) + "-" + (100 * analysis.JointUpper).ToString("0.0", inv) + " % (" + analysis.Samples.ToString(inv) + " points)"
            + (subtitle is null ? string.Empty : "\n" + subtitle), size: 12);
        plot.XLabel("Change of the output (percentage points); A = assumption, C = calibrated");
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }
}
