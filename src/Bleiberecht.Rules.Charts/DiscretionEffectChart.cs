using ScottPlot;

namespace Bleiberecht.Rules.Charts;

/// <summary>
/// The coded discretion effect as paired differences to the base rule: for every profile after the first (the base),
/// the change in the permit share and in the refusal share of the same synthetic persons, in percentage points, with the
/// paired bootstrap intervals (simulation noise). One bar pair per profile instead of five raw shares each; a marker
/// on every bar keeps a zero difference visible. Okabe–Ito colours; the subtitle says what the population is.
/// </summary>
public static class DiscretionEffectChart
{
    /// <summary>The default title.</summary>
    public const string DefaultTitle = "Coded discretion effect: change against the base rule on one synthetic population";

    private const string Synthetic = "synthetic population, not published figures; intervals = paired bootstrap (simulation noise)";

    private static readonly (string Name, Color Color, Func<DiscretionEffectProfile, OutcomeShare> Pick)[] Series =
    [
        ("Permit share, change (pp)", OkabeIto.Blue, p => p.Permit),
        ("Refusal share, change (pp)", OkabeIto.Vermillion, p => p.Refusal),
    ];

    /// <summary>Writes the chart.</summary>
    /// <param name="profiles">The base rule first, then at least one profile.</param>
    /// <param name="path">Output file path.</param>
    /// <param name="format">PNG or SVG.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="subtitle">Size, seed and run metadata (see <see cref="DiscretionEffectChartData.Subtitle"/>).</param>
    public static void Write(IReadOnlyList<DiscretionEffectProfile> profiles, string path, ChartFormat format,
        string title = DefaultTitle, int width = 1000, int height = 600, string? subtitle = null)
    {
        using var plot = Build(profiles, title, subtitle);
        ChartSaver.Save(plot, path, format, width, height);
    }

    /// <summary>Writes <c>discretion-effect.png</c> and <c>discretion-effect.svg</c> into a directory; returns both paths.</summary>
    /// <param name="profiles">Profiles, base first.</param>
    /// <param name="directory">Output directory.</param>
    /// <param name="subtitle">Size, seed and run metadata.</param>
    public static IReadOnlyList<string> WriteAll(IReadOnlyList<DiscretionEffectProfile> profiles, string directory, string? subtitle = null)
    {
        var png = Path.Combine(directory, "discretion-effect.png");
        var svg = Path.Combine(directory, "discretion-effect.svg");
        Write(profiles, png, ChartFormat.Png, subtitle: subtitle);
        Write(profiles, svg, ChartFormat.Svg, subtitle: subtitle);
        return [png, svg];
    }

    /// <summary>The chart as SVG text, in memory (e.g. for a notebook).</summary>
    /// <param name="profiles">Profiles, base first.</param>
    /// <param name="subtitle">Size, seed and run metadata.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    public static string ToSvg(IReadOnlyList<DiscretionEffectProfile> profiles, string? subtitle = null, int width = 1000, int height = 600)
    {
        using var plot = Build(profiles, DefaultTitle, subtitle);
        return ChartSaver.ToSvg(plot, width, height);
    }

    /// <summary>The chart as PNG bytes, in memory.</summary>
    /// <param name="profiles">Profiles, base first.</param>
    /// <param name="subtitle">Size, seed and run metadata.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    public static byte[] ToPng(IReadOnlyList<DiscretionEffectProfile> profiles, string? subtitle = null, int width = 1000, int height = 600)
    {
        using var plot = Build(profiles, DefaultTitle, subtitle);
        return ChartSaver.ToPng(plot, width, height);
    }

    private static Plot Build(IReadOnlyList<DiscretionEffectProfile> profiles, string title, string? subtitle)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        if (profiles.Count < 2)
        {
            throw new ArgumentException("need the base rule and at least one profile to compare with it", nameof(profiles));
        }

        var baseProfile = profiles[0];
        var compared = profiles.Skip(1).ToArray();
        var plot = new Plot();
        const double groupWidth = 0.8;
        var barWidth = groupWidth / Series.Length;
        var extremes = new List<double> { 0 };
        for (var s = 0; s < Series.Length; s++)
        {
            var bars = new List<Bar>();
            var xs = new List<double>();
            var ys = new List<double>();
            var epos = new List<double>();
            var eneg = new List<double>();
            for (var p = 0; p < compared.Length; p++)
            {
                var share = Series[s].Pick(compared[p]);
                var baseShare = Series[s].Pick(baseProfile).Share;
                var y = 100 * (share.DifferenceToBase ?? (share.Share - baseShare));
                var x = p - (groupWidth / 2) + (barWidth * (s + 0.5));
                bars.Add(new Bar { Position = x, Value = y, Size = barWidth * 0.9, FillColor = Series[s].Color, LineWidth = 0 });
                xs.Add(x);
                ys.Add(y);
                var hi = share.DifferenceUpper is { } u ? 100 * u : y;
                var lo = share.DifferenceLower is { } l ? 100 * l : y;
                epos.Add(Math.Max(0, hi - y));
                eneg.Add(Math.Max(0, y - lo));
                extremes.Add(hi);
                extremes.Add(lo);
            }

            plot.Add.Bars(bars).LegendText = Series[s].Name;
            plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(xs, ys, null, null, epos, eneg) { Color = Colors.Black, CapSize = 4 });
            var markers = plot.Add.ScatterPoints(xs.ToArray(), ys.ToArray(), Colors.Black);
            markers.MarkerSize = 4;
        }

        plot.Add.HorizontalLine(0, 1, Colors.Black);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, compared.Length).Select(i => (double)i).ToArray(), compared.Select(p => p.ProfileId).ToArray());
        var span = Math.Max(0.5, extremes.Max() - extremes.Min());
        plot.Axes.SetLimitsY(extremes.Min() - (0.1 * span), extremes.Max() + (0.1 * span));
        plot.Title(title + "\n" + Synthetic + (subtitle is null ? string.Empty : "\n" + subtitle), size: 12);
        plot.YLabel("Difference to " + baseProfile.ProfileId + " (percentage points)");
        plot.XLabel("Discretion profile (same households as the base " + baseProfile.ProfileId + ")");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }
}
