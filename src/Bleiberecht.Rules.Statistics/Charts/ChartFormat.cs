namespace Bleiberecht.Rules.Statistics.Charts;

/// <summary>Output format of a chart.</summary>
public enum ChartFormat
{
    /// <summary>PNG raster image.</summary>
    Png,

    /// <summary>SVG vector image.</summary>
    Svg,
}
