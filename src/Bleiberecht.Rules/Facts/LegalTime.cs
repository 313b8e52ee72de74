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
    public static bool HasCompletedYears(DateOnly start, DateOnly day, int years) => start.AddYears(years) <= day;

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
