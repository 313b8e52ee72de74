using System.Globalization;

namespace Bleiberecht.Rules.Options.Declarations;

/// <summary>
/// The plausible range of every date option: from the resolution to one year after the end of the § 104a permits.
/// A date outside (a deadline in 2070) is almost certainly a typo.
/// </summary>
public static class DateBounds
{
    /// <summary>Earliest plausible date: the resolution (L3-4).</summary>
    public static readonly DateOnly Earliest = new(2006, 11, 17);

    /// <summary>Latest plausible date: end of the § 104a permits plus one year ([background] 31.12.2009).</summary>
    public static readonly DateOnly Latest = new(2010, 12, 31);

    /// <summary>The problem with <paramref name="value"/>, or null when it lies inside the bounds.</summary>
    /// <param name="name">How the value is named in the message (<c>date</c> or the record field).</param>
    /// <param name="value">The date given.</param>
    public static string? Problem(string name, DateOnly value) =>
        value < Earliest || value > Latest
            ? string.Create(CultureInfo.InvariantCulture, $"{name} {value:yyyy-MM-dd} is outside {Earliest:yyyy-MM-dd}..{Latest:yyyy-MM-dd}")
            : null;
}
