namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// A calendar date packed into one int as <c>year &lt;&lt; 9 | month &lt;&lt; 5 | day</c>, so that whole-year
/// arithmetic (ages, element 5's "full years since entry", A17's look-back) needs no day-number-to-date
/// conversion in the evaluation loop: <see cref="DateOnly.AddYears"/> decomposes the day number on every call,
/// which was the largest single cost of the bulk path. Packed values order as the dates do.
/// </summary>
internal static class CivilDate
{
    /// <summary>The packed value of an unknown date (every real date packs to a positive value).</summary>
    public const int None = -1;

    private const int Feb28 = (2 << 5) | 28;
    private const int Feb29 = (2 << 5) | 29;

    /// <summary>Packs a date.</summary>
    public static int Pack(DateOnly date) => (date.Year << 9) | (date.Month << 5) | date.Day;

    /// <summary>Packs an optional date; <see cref="None"/> if it is absent.</summary>
    public static int Pack(DateOnly? date) => date is { } d ? Pack(d) : None;

    /// <summary>
    /// Completed years from <paramref name="from"/> to <paramref name="to"/> (both known), exactly as
    /// <see cref="Facts.LegalTime.AgeOn"/>: a 29 February anniversary falls on 28 February in common years, as
    /// <see cref="DateOnly.AddYears"/> clamps. Hence also <c>from.AddYears(n) &lt;= to</c> ⇔ <c>n &lt;= CompletedYears(from, to)</c>.
    /// </summary>
    public static int CompletedYears(int from, int to)
    {
        var toYear = to >> 9;
        var years = toYear - (from >> 9);
        var monthDay = from & 511;
        if (monthDay == Feb29 && !DateTime.IsLeapYear(toYear))
        {
            monthDay = Feb28;
        }

        // One year less where the anniversary is still to come, without a branch (both month-days are below 512, so
        // the difference is negative exactly then and its sign is -1): whether a birthday has passed is data, and the
        // branch the JIT made of a conditional mispredicted for about every other child (ages are computed per member).
        return years + (((to & 511) - monthDay) >> 31);
    }

    /// <summary>
    /// <c>date.AddYears(years)</c> packed (29 February clamped to 28 February in a common year), for comparisons with
    /// other packed dates.
    /// </summary>
    public static int AddYears(int date, int years)
    {
        var year = (date >> 9) + years;
        var monthDay = date & 511;
        if (monthDay == Feb29 && !DateTime.IsLeapYear(year))
        {
            monthDay = Feb28;
        }

        return (year << 9) | monthDay;
    }
}
