namespace Bleiberecht.Rules.Facts;

/// <summary>
/// The gaps in a person's stay that the time requirement counts (element 5): the recorded interruptions and every
/// period of the status history without any status (<see cref="ResidenceStatus.None"/>), because the stay must be
/// uninterrupted and lawful or tolerated [background] — a user who records an unlawful period in the history need
/// not repeat it as an interruption. Shared by the explain and the bulk path.
/// </summary>
internal static class StayGaps
{
    /// <summary>The gaps; the interruptions list itself (no copy) when the history adds none.</summary>
    public static IReadOnlyList<DatePeriod> Of(Person person)
    {
        var interruptions = person.Interruptions ?? [];
        List<DatePeriod>? merged = null;
        foreach (var period in person.StatusHistory ?? [])
        {
            if (period.Status == ResidenceStatus.None)
            {
                (merged ??= [.. interruptions]).Add(new DatePeriod { From = period.From, To = period.To });
            }
        }

        return merged ?? interruptions;
    }
}
