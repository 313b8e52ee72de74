namespace Bleiberecht.Rules.Statistics.Gap;

/// <summary>
/// Coded difference / published difference with bounds. The bounds are the extreme ratios over the corners of the two
/// 95 % intervals (the coded one a paired bootstrap interval, the published one Newcombe's): by Bonferroni both
/// intervals hold together with probability ≥ 90 %, so the bounds are conservative, not a calibrated 95 % interval.
/// Only defined when the published interval excludes 0.
/// </summary>
/// <param name="Units">What both differences count, e.g. "permits per decided case (published: per decided application; simulated: per decided person)".</param>
/// <param name="Share">Coded difference / published difference.</param>
/// <param name="Lower">Smallest ratio over the interval corners.</param>
/// <param name="Upper">Largest ratio over the interval corners.</param>
public sealed record GapShare(string Units, double Share, double Lower, double Upper)
{
    /// <summary>The share with its corner bounds, or null when the published interval includes 0.</summary>
    /// <param name="units">Units text.</param>
    /// <param name="coded">Coded difference.</param>
    /// <param name="codedLower">Lower end of its interval.</param>
    /// <param name="codedUpper">Upper end of its interval.</param>
    /// <param name="published">Published difference.</param>
    /// <param name="publishedLower">Lower end of its interval.</param>
    /// <param name="publishedUpper">Upper end of its interval.</param>
    public static GapShare? Create(string units, double coded, double codedLower, double codedUpper, double published, double publishedLower, double publishedUpper)
    {
        if (!(publishedLower > 0 || publishedUpper < 0))
        {
            return null;
        }

        double[] corners = [codedLower / publishedLower, codedLower / publishedUpper, codedUpper / publishedLower, codedUpper / publishedUpper];
        return new GapShare(units, coded / published, corners.Min(), corners.Max());
    }
}
