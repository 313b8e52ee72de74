using System.Globalization;

namespace Bleiberecht.Rules.Statistics.Validation;

/// <summary>Invariant number formatting and rounding used by the findings.</summary>
internal static class Num
{
    /// <summary>"1,078" / "5.96" (thousands separator ',', decimal point '.').</summary>
    public static string F(decimal v) => v == decimal.Truncate(v)
        ? v.ToString("#,0", CultureInfo.InvariantCulture)
        : v.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>A percentage with one decimal, e.g. "37.7 %".</summary>
    public static string P(decimal v) => v.ToString("0.0", CultureInfo.InvariantCulture) + " %";

    /// <summary>A percentage with two decimals, e.g. "37.66 %".</summary>
    public static string P2(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture) + " %";

    /// <summary>Commercial rounding (half away from zero), as used for printed percentages (DQ-01).</summary>
    public static decimal RoundHalfUp(decimal v, int decimals) => Math.Round(v, decimals, MidpointRounding.AwayFromZero);

    /// <summary>100 · num / den.</summary>
    public static decimal Pct(decimal num, decimal den) => 100m * num / den;

    /// <summary>Signed difference "+59" / "−10".</summary>
    public static string Signed(decimal v) => v >= 0 ? "+" + F(v) : "\u2212" + F(-v);
}
