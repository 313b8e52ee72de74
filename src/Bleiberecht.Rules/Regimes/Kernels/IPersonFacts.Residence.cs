namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>The facts of the residence time (element 5): entry, its range, and the gaps in the stay.</summary>
internal partial interface IPersonFacts
{
    /// <summary>Day number of the entry into Germany, or <see cref="Days.None"/> if not known.</summary>
    int EntryDay { get; }

    /// <summary>The entry date packed (<c>Bulk.CivilDate</c>), or <c>CivilDate.None</c> if not known.</summary>
    int EntryCivil { get; }

    /// <summary>The entry date is known only as a range (<c>entryDateRange</c>, ADR 0013).</summary>
    bool EntryRangeKnown { get; }

    /// <summary>The range's first day, or <see cref="Days.None"/> where open.</summary>
    int EntryRangeFrom { get; }

    /// <summary>The range's last day, or <see cref="Days.None"/> where open.</summary>
    int EntryRangeTo { get; }

    /// <summary>The interruptions of the stay are recorded (an empty list says there were none).</summary>
    bool GapsKnown { get; }

    /// <summary>Some interruption has ended on an unknown day (<c>endUnknown</c>).</summary>
    bool OpenEndedGap { get; }

    /// <summary>Index of the first gap in the stay (interruptions, then periods without a status; <c>StayGaps</c>).</summary>
    int FirstGap { get; }

    /// <summary>Index after the last gap; the interruption of gap <c>g</c> is <c>interruptions[g - FirstGap]</c> while that is below their count.</summary>
    int EndGap { get; }

    /// <summary>Day number of gap <paramref name="g"/>'s first day.</summary>
    int GapFrom(int g);

    /// <summary>Day number of gap <paramref name="g"/>'s last day, or <see cref="Days.None"/> if it has no end (yet, or not known).</summary>
    int GapTo(int g);

    /// <summary>Gap <paramref name="g"/> has ended on an unknown day.</summary>
    bool GapEndUnknown(int g);
}
