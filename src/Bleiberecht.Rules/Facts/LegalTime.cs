using Bleiberecht.Rules.Options;

namespace Bleiberecht.Rules.Facts;

/// <summary>Calendar arithmetic as the law counts it (whole years and days, no fractional years).</summary>
public static class LegalTime
{
    /// <summary>
    /// Completed years of age on <paramref name="day"/>. A person born on 29 February completes a year on
    /// 28 February in common years, as <see cref="DateOnly.AddYears"/> clamps.
    /// </summary>
    public static int AgeOn(DateOnly birth, DateOnly day)
    {
        var years = day.Year - birth.Year;
        if (birth.AddYears(years) > day)
        {
            years--;
        }

        return years;
    }

    /// <summary>
    /// True if at least <paramref name="years"/> full years lie between <paramref name="start"/> and
    /// <paramref name="day"/>: a stay that began on 17.11.2000 has lasted 6 years on 17.11.2006.
    /// </summary>
    /// <remarks>Where <paramref name="start"/> plus the years lies beyond the calendar, no day has completed them.</remarks>
    public static bool HasCompletedYears(DateOnly start, DateOnly day, int years)
        => (long)start.Year + years <= DateOnly.MaxValue.Year && start.AddYears(years) <= day;

    /// <summary>
    /// The day to compare a period's anniversary with so that <see cref="HasCompletedYears"/> follows the counting
    /// convention (§§ 187, 188 BGB [background], option A33). Under <see cref="PeriodCounting.EntryDayExcluded"/>
    /// a period of n years from the entry ends with its anniversary (§ 188 Abs. 2 Alt. 1): complete on
    /// <paramref name="day"/> when entry + n ≤ day. Under <see cref="PeriodCounting.EntryDayCounts"/> it ends with
    /// the day before (§ 188 Abs. 2 Alt. 2): complete when entry + n − 1 day ≤ day, that is entry + n ≤ day + 1.
    /// Both count <paramref name="day"/> itself in full.
    /// </summary>
    public static DateOnly CountingDay(DateOnly day, PeriodCounting counting)
        => counting == PeriodCounting.EntryDayCounts ? AddDays(day, 1) : day;

    /// <summary>
    /// <paramref name="date"/> plus <paramref name="years"/> (29 February clamped as <see cref="DateOnly.AddYears"/>
    /// does), or <see cref="DateOnly.MaxValue"/> / <see cref="DateOnly.MinValue"/> where the result would leave the
    /// calendar. Rules only compare such a date with another date, and every date lies within the calendar, so the
    /// saturated value compares as the true one would (a stay started in 9998 has not lasted 6 years on any date).
    /// </summary>
    public static DateOnly AddYears(DateOnly date, int years)
    {
        var target = (long)date.Year + years;
        return target > DateOnly.MaxValue.Year ? DateOnly.MaxValue
            : target < DateOnly.MinValue.Year ? DateOnly.MinValue
            : date.AddYears(years);
    }

    /// <summary><paramref name="date"/> plus <paramref name="months"/>, saturating like <see cref="AddYears(DateOnly, int)"/>.</summary>
    public static DateOnly AddMonths(DateOnly date, int months)
    {
        var target = (date.Year * 12L) + date.Month - 1 + months;
        return target >= (DateOnly.MaxValue.Year + 1) * 12L ? DateOnly.MaxValue
            : target < DateOnly.MinValue.Year * 12L ? DateOnly.MinValue
            : date.AddMonths(months);
    }

    /// <summary><paramref name="date"/> plus <paramref name="days"/>, saturating like <see cref="AddYears(DateOnly, int)"/>.</summary>
    public static DateOnly AddDays(DateOnly date, int days)
    {
        var target = (long)date.DayNumber + days;
        return target > DateOnly.MaxValue.DayNumber ? DateOnly.MaxValue
            : target < DateOnly.MinValue.DayNumber ? DateOnly.MinValue
            : DateOnly.FromDayNumber((int)target);
    }

    /// <summary>Formats a span as "6 years 3 days" style text for explanations.</summary>
    public static (int Years, int Days) YearsAndDays(DateOnly start, DateOnly day)
    {
        if (day < start)
        {
            return (0, 0);
        }

        var years = AgeOn(start, day);
        var days = day.DayNumber - start.AddYears(years).DayNumber;
        return (years, days);
    }
}
