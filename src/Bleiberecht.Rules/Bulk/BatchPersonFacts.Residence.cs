using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Bulk;

/// <summary>The residence-time facts over the batch: the entry and the gap range from the packed row, the rest from the columns.</summary>
internal readonly ref partial struct BatchPersonFacts
{
    /// <inheritdoc />
    public int EntryDay => _row.EntryDate;

    /// <inheritdoc />
    public int EntryCivil => _row.EntryCivil;

    /// <inheritdoc />
    public bool EntryRangeKnown => b.EntryRangeKnown[p];

    /// <inheritdoc />
    public int EntryRangeFrom => b.EntryRangeFrom[p];

    /// <inheritdoc />
    public int EntryRangeTo => b.EntryRangeTo[p];

    /// <inheritdoc />
    public bool GapsKnown => _row.GapsKnown;

    /// <inheritdoc />
    public bool OpenEndedGap => _row.OpenEndedGap;

    /// <inheritdoc />
    public int FirstGap => _row.GapStart;

    /// <inheritdoc />
    public int EndGap => _row.GapEnd;

    /// <inheritdoc />
    public int GapFrom(int g) => b.GapFrom[g];

    /// <inheritdoc />
    public int GapTo(int g) => b.GapTo[g];

    /// <inheritdoc />
    public bool GapEndUnknown(int g) => b.GapEndUnknown[g];
}
