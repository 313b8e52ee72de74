namespace Bleiberecht.Rules.Statistics.Charts;

/// <summary>Writes a ScottPlot plot headless (SkiaSharp with the NoDependencies Linux native assets).</summary>
internal static class ChartSaver
{
    public static void Save(ScottPlot.Plot plot, string path, ChartFormat format, int width, int height)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        _ = format switch
        {
            ChartFormat.Png => plot.SavePng(path, width, height),
            ChartFormat.Svg => plot.SaveSvg(path, width, height),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }
}
