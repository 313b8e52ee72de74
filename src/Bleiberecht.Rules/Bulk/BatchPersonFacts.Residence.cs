using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Bulk;

/// <summary>The residence-time facts over the batch: the entry and the gap range from the packed row, the rest from the columns.</summary>
internal readonly partial struct BatchPersonFacts
{
    /// <inheritdoc />
    public int EntryDay => b.Persons[p].EntryDate;

    /// <inheritdoc />
    public int EntryCivil => b.Persons[p].EntryCivil;

    /// <inheritdoc />
    public bool EntryRangeKnown => b.EntryRangeKnown[p];

    /// <inheritdoc />
    public int EntryRangeFrom => b.EntryRangeFrom[p];

    /// <inheritdoc />
    public int EntryRangeTo => b.EntryRangeTo[p];

    /// <inheritdoc />
    public bool GapsKnown => b.Persons[p].GapsKnown;

    /// <inheritdoc />
    public bool OpenEndedGap => b.OpenEndedGap[p];

    /// <inheritdoc />
    public int FirstGap => b.Persons[p].GapStart;

    /// <inheritdoc />
    public int EndGap => b.Persons[p].GapEnd;

    /// <inheritdoc />
    public int GapFrom(int g) => b.GapFrom[g];

    /// <inheritdoc />
    public int GapTo(int g) => b.GapTo[g];

    /// <inheritdoc />
    public bool GapEndUnknown(int g) => b.GapEndUnknown[g];
}
