using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Tally = Bleiberecht.Rules.Regimes.Imk2006.ConvictionTally;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// Element 19's facts over the batch: the tallies the batch summed when it was built, from the packed row. What only
/// the explanation reads (the records, the register's erasure) comes from the source household, found by the person's
/// index; the bulk path never asks for it.
/// </summary>
internal readonly ref partial struct BatchPersonFacts
{
    /// <inheritdoc />
    public bool ConvictionsKnown => _row.ConvictionsKnown;

    /// <inheritdoc />
    public void ConvictionTally(bool worst, int decisionDay, bool withErasure, out int general, out int total, out bool prison, out bool erasable)
    {
        ref readonly var row = ref _row;
        general = worst ? row.WorstGeneral : row.BestGeneral;
        total = worst ? row.WorstTotal : row.BestTotal;
        prison = worst ? row.WorstPrison : row.BestPrison;
        erasable = false;
        if (withErasure)
        {
            Tally.Sum(Convictions, decisionDay == Days.None ? (DateOnly?)null : DateOnly.FromDayNumber(decisionDay), worst, out _, out _, out _, out erasable);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<Conviction> Convictions => Source().Convictions ?? [];

    /// <inheritdoc />
    public Truth ExceptionalCircumstances => _row.ExceptionalCircumstances;

    /// <summary>The person in the household the batch was built from (households are stored in order, members contiguous).</summary>
    private Person Source()
    {
        var h = Array.BinarySearch(b.MemberStart, p);
        h = h >= 0 ? h : ~h - 1;
        while (b.MemberStart[h + 1] <= p)
        {
            // Empty households share their start with the next one.
            h++;
        }

        return b.Sources[h].Members[p - b.MemberStart[h]];
    }
}
