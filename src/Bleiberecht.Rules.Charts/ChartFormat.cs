namespace Bleiberecht.Rules.Charts;

/// <summary>Output format of a chart.</summary>
public enum ChartFormat
{
    /// <summary>PNG raster image.</summary>
    Png,

    /// <summary>SVG vector image.</summary>
    Svg,
}
