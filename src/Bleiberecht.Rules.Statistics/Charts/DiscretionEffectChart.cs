using ScottPlot;

namespace Bleiberecht.Rules.Statistics.Charts;

/// <summary>
/// Grouped bar chart of outcome shares (permit / Duldung / refusal / pending) per discretion profile, with optional
/// interval error bars. Generic: the lead feeds simulation results; nothing here depends on the study's data.
/// </summary>
public static class DiscretionEffectChart
{
    private static readonly (string Name, Color Color)[] Series =
        [("Permit", Colors.SeaGreen), ("Duldung (job search)", Color.FromHex("#DAA520")), ("Refusal", Color.FromHex("#B22222")), ("Pending", Colors.SlateGray), ("Other (§ 104a permit, withdrawn, ...)", Colors.MediumPurple)];

    /// <summary>Writes the chart.</summary>
    /// <param name="profiles">One entry per profile; at least one.</param>
    /// <param name="path">Output file path.</param>
    /// <param name="format">PNG or SVG.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    public static void Write(IReadOnlyList<DiscretionEffectProfile> profiles, string path, ChartFormat format,
        string title = "Discretion effect on one synthetic population: outcome shares of persons by rule set", int width = 1000, int height = 600)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        if (profiles.Count == 0)
        {
            throw new ArgumentException("at least one profile is required", nameof(profiles));
        }

        using var plot = Build(profiles, title);
        ChartSaver.Save(plot, path, format, width, height);
    }

    /// <summary>Writes <c>discretion-effect.png</c> and <c>discretion-effect.svg</c> into a directory; returns both paths.</summary>
    /// <param name="profiles">Profiles.</param>
    /// <param name="directory">Output directory.</param>
    public static IReadOnlyList<string> WriteAll(IReadOnlyList<DiscretionEffectProfile> profiles, string directory)
    {
        var png = Path.Combine(directory, "discretion-effect.png");
        var svg = Path.Combine(directory, "discretion-effect.svg");
        Write(profiles, png, ChartFormat.Png);
        Write(profiles, svg, ChartFormat.Svg);
        return [png, svg];
    }

    private static Plot Build(IReadOnlyList<DiscretionEffectProfile> profiles, string title)
    {
        var plot = new Plot();
        const double groupWidth = 0.8;
        // The fifth series only where the data has it: a § 104a conversion moves Duldungen there (A31).
        var seriesCount = profiles.Any(p => p.Other is not null) ? Series.Length : Series.Length - 1;
        var barWidth = groupWidth / seriesCount;
        for (var s = 0; s < seriesCount; s++)
        {
            var bars = new List<Bar>();
            var exs = new List<double>();
            var eys = new List<double>();
            var epos = new List<double>();
            var eneg = new List<double>();
            for (var p = 0; p < profiles.Count; p++)
            {
                var share = Pick(profiles[p], s);
                var x = p - (groupWidth / 2) + (barWidth * (s + 0.5));
                var y = 100 * share.Share;
                bars.Add(new Bar { Position = x, Value = y, Size = barWidth * 0.95, FillColor = Series[s].Color, LineWidth = 0 });
                if (share.Lower is not null || share.Upper is not null)
                {
                    exs.Add(x);
                    eys.Add(y);
                    epos.Add(Math.Max(0, (100 * (share.Upper ?? share.Share)) - y));
                    eneg.Add(Math.Max(0, y - (100 * (share.Lower ?? share.Share))));
                }
            }

            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = Series[s].Name;
            if (exs.Count > 0)
            {
                plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(exs, eys, null, null, epos, eneg) { Color = Colors.Black, CapSize = 4 });
            }
        }

        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, profiles.Count).Select(i => (double)i).ToArray(), profiles.Select(p => p.ProfileId).ToArray());
        plot.Axes.Margins(bottom: 0);
        var top = profiles.Max(p => Enumerable.Range(0, seriesCount).Max(s => Pick(p, s).Upper ?? Pick(p, s).Share));
        plot.Axes.SetLimitsY(0, 100 * Math.Min(1.0, Math.Max(0.05, top * 1.15)));
        plot.Title(title);
        plot.YLabel("Share of persons (%)");
        plot.XLabel("Discretion profile");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    private static OutcomeShare Pick(DiscretionEffectProfile p, int s) => s switch
    {
        0 => p.Permit,
        1 => p.Duldung,
        2 => p.Refusal,
        3 => p.Pending,
        _ => p.Other ?? new OutcomeShare(0),
    };
}
