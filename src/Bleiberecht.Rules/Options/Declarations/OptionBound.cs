using System.Globalization;

namespace Bleiberecht.Rules.Options.Declarations;

/// <summary>
/// The plausible range of a numeric option (or record field), with the reason for the bound. A value outside is
/// almost certainly a typo (a child age of 30, a share of 70 instead of 0.70); the bound makes a deliberate extreme
/// value fail loudly rather than silently. Variant files are checked against it and the variant schema states it.
/// </summary>
/// <param name="Min">Smallest plausible value (inclusive).</param>
/// <param name="Max">Largest plausible value (inclusive).</param>
/// <param name="Unit">The unit and, where the law gives it, the reason for the bound, e.g. "day-fines (§ 54 StGB caps a total sentence at 720)".</param>
public sealed record OptionBound(decimal Min, decimal Max, string Unit)
{
    /// <summary>The problem with <paramref name="value"/>, or null when it lies inside the bound.</summary>
    /// <param name="name">How the value is named in the message (<c>value</c> or the record field).</param>
    /// <param name="value">The number given.</param>
    public string? Problem(string name, decimal value) =>
        value < Min || value > Max
            ? string.Create(CultureInfo.InvariantCulture, $"{name} {value} is outside {Min}..{Max} ({Unit})")
            : null;
}
