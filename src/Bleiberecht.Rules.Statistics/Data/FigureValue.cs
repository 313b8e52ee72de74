using System.Globalization;

namespace Bleiberecht.Rules.Statistics.Data;

/// <summary>
/// A printed number or a printed range (<c>a..b</c>, e.g. "etwa fünfzehn bis zwanzig", L1237). A point value has
/// <see cref="Lower"/> == <see cref="Upper"/>.
/// </summary>
/// <param name="Lower">Lower end (the value itself for a point).</param>
/// <param name="Upper">Upper end (the value itself for a point).</param>
public readonly record struct FigureValue(decimal Lower, decimal Upper)
{
    /// <summary>True when the source prints a range.</summary>
    public bool IsRange => Lower != Upper;

    /// <summary>The value of a point figure; the midpoint of a range.</summary>
    public decimal Point => IsRange ? (Lower + Upper) / 2m : Lower;

    /// <summary>A point value.</summary>
    /// <param name="value">The value.</param>
    public static FigureValue Of(decimal value) => new(value, value);

    /// <summary>Formats as <c>10194</c> or <c>15..20</c> (invariant culture).</summary>
    public override string ToString() => IsRange
        ? string.Create(CultureInfo.InvariantCulture, $"{Lower}..{Upper}")
        : Lower.ToString(CultureInfo.InvariantCulture);
}
