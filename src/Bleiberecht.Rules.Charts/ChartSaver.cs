namespace Bleiberecht.Rules.Charts;

/// <summary>Renders a ScottPlot plot headless (SkiaSharp with the NoDependencies Linux native assets ScottPlot brings).</summary>
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

    public static string ToSvg(ScottPlot.Plot plot, int width, int height) => plot.GetSvgXml(width, height);

    public static byte[] ToPng(ScottPlot.Plot plot, int width, int height) => plot.GetImageBytes(width, height, ScottPlot.ImageFormat.Png);
}
