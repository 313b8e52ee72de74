using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Bulk;

/// <summary>The exclusion-ground facts over the batch's columns (misconduct records are indexed from <c>MisconductStart</c>).</summary>
internal readonly ref partial struct BatchPersonFacts
{
    /// <inheritdoc />
    public bool MisconductKnown => b.MisconductKnown[p];

    /// <inheritdoc />
    public int MisconductCount => b.MisconductStart[p + 1] - b.MisconductStart[p];

    /// <inheritdoc />
    public MisconductKind RecordKind(int i) => b.RecordKind[b.MisconductStart[p] + i];

    /// <inheritdoc />
    public Truth RecordDeliberate(int i) => b.RecordDeliberate[b.MisconductStart[p] + i];

    /// <inheritdoc />
    public Truth RecordCausedNonRemoval(int i) => b.RecordCausedNonRemoval[b.MisconductStart[p] + i];

    /// <inheritdoc />
    public Truth RecordOfSomeWeight(int i) => b.RecordOfSomeWeight[b.MisconductStart[p] + i];

    /// <inheritdoc />
    public Truth RecordOutweighed(int i) => b.RecordOutweighed[b.MisconductStart[p] + i];

    /// <inheritdoc />
    public bool RecordFromKnown(int i) => b.RecordFromKnown[b.MisconductStart[p] + i];

    /// <inheritdoc />
    public int RecordTo(int i) => b.RecordTo[b.MisconductStart[p] + i];

    /// <inheritdoc />
    public Truth ExtremismLinks => b.ExtremismLinks[p];

    /// <inheritdoc />
    public int ExtremismEndedOn => b.ExtremismEnded[p];
}
