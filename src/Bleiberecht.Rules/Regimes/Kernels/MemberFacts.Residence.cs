using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Facts;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>The residence-time facts over the object graph.</summary>
internal readonly partial struct MemberFacts
{
    /// <inheritdoc />
    public int EntryDay => Days.Of(person.EntryDate);

    /// <inheritdoc />
    public int EntryCivil => CivilDate.Pack(person.EntryDate);

    /// <inheritdoc />
    public bool EntryRangeKnown => person.EntryDateRange is not null;

    /// <inheritdoc />
    public int EntryRangeFrom => Days.Of(person.EntryDateRange?.From);

    /// <inheritdoc />
    public int EntryRangeTo => Days.Of(person.EntryDateRange?.To);

    /// <inheritdoc />
    public bool GapsKnown => person.Interruptions is not null;

    /// <inheritdoc />
    public bool OpenEndedGap
    {
        get
        {
            foreach (var gap in person.Interruptions ?? [])
            {
                if (gap.EndUnknown)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <inheritdoc />
    public int FirstGap => 0;

    /// <inheritdoc />
    public int EndGap => StayGaps.Of(person).Count;

    /// <inheritdoc />
    public int GapFrom(int g) => StayGaps.Of(person)[g].From.DayNumber;

    /// <inheritdoc />
    public int GapTo(int g) => Days.Of(StayGaps.Of(person)[g].To);

    /// <inheritdoc />
    public bool GapEndUnknown(int g) => StayGaps.Of(person)[g].EndUnknown;
}
