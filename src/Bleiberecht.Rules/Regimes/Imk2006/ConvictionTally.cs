using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Element 19's arithmetic, shared by the explain and the bulk path: which convictions count (intentional, in
/// Germany, L184; [background]; not erased or erasable, §§ 45-47, 51 BZRG [background]) and their day-fine sums,
/// general and in total, plus whether a prison sentence is among them. Unknown facts — including a number of
/// day-fines known only as a range, the judgment date and the decision date — are resolved in the person's favour
/// (<c>worst</c> false) or against (true); the verdict is definite only where both resolutions agree. Every fact
/// moves the same way in both steps (fewer day-fines are under the threshold and have the shorter erasure period),
/// so each resolution is one consistent assignment of the unknowns.
/// </summary>
internal static class ConvictionTally
{
    /// <summary>Stands for an unknown number of day-fines in the unfavourable resolution: above any threshold.</summary>
    private const int Unbounded = 1_000_000;

    /// <summary>Sums the counting day-fines (general and total) and notes any counting prison sentence.</summary>
    /// <param name="convictions">The person's convictions.</param>
    /// <param name="decision">The decision date: the day on which erasability is judged (§ 51 Abs. 1 BZRG).</param>
    /// <param name="worst">Resolve unknown facts against the person.</param>
    /// <param name="general">Counting day-fines for offences anyone can commit.</param>
    /// <param name="total">Counting day-fines in total.</param>
    /// <param name="prison">A counting prison sentence.</param>
    /// <param name="erasable">The whole register is erasable on the decision date, so nothing counts.</param>
    public static void Sum(IReadOnlyList<Conviction> convictions, DateOnly? decision, bool worst, out int general, out int total, out bool prison, out bool erasable)
    {
        general = 0;
        total = 0;
        prison = false;
        erasable = RegisterErasable(convictions, decision, worst);
        if (erasable)
        {
            return;
        }

        for (var k = 0; k < convictions.Count; k++)
        {
            var c = convictions[k];
            var relevant = c.InGermany.ToTruth().And((c.Culpability == null ? (bool?)null : c.Culpability == Culpability.Intentional).ToTruth());
            if (c.Erased == true || relevant == Truth.False || (relevant == Truth.Unknown && !worst))
            {
                continue;
            }

            if (IsPrison(c, worst))
            {
                prison = true;
                continue;
            }

            var fines = DayFines(c, worst);
            var foreignerOnly = c.ForeignerOnlyOffence ?? !worst;
            total = Saturating.Add(total, fines);
            if (!foreignerOnly)
            {
                general = Saturating.Add(general, fines);
            }
        }
    }

    /// <summary>The number of day-fines in a resolution: the exact value, else the range's end, else 0 or unbounded.</summary>
    public static int DayFines(Conviction c, bool worst)
        => c.DayFines ?? (worst ? c.DayFinesRange?.Max ?? Unbounded : c.DayFinesRange?.Min ?? 0);

    private static bool IsPrison(Conviction c, bool worst) => c.Sentence switch
    {
        SentenceKind.Prison => true,
        SentenceKind.DayFines => false,
        _ => worst,
    };

    /// <summary>
    /// The erasure period of <paramref name="c"/> in a resolution, or null where the unfavourable resolution cannot
    /// bound it (an unknown sentence or prison term). The favourable
    /// one takes the shortest period the facts allow: a fine, the fewest day-fines, no prison months.
    /// </summary>
    private static int? Years(ErasurePeriods periods, Conviction c, bool worst, bool otherEntries, bool otherPrison)
    {
        var sentence = c.Sentence ?? (worst ? (SentenceKind?)null : SentenceKind.DayFines);
        // Any fine has at most the medium period (Nr. 2), so an unbounded number still bounds the period.
        var fines = c.DayFines ?? (worst ? c.DayFinesRange?.Max ?? int.MaxValue : c.DayFinesRange?.Min ?? 0);
        int? months = c.PrisonMonths ?? (worst ? null : 0);
        return sentence switch
        {
            null => null,
            SentenceKind.DayFines => periods.Years(SentenceKind.DayFines, false, fines, 0, otherEntries, otherPrison),
            _ => c.LifeSentence ? int.MaxValue
                : months is { } m ? periods.Years(SentenceKind.Prison, false, 0, m, otherEntries, otherPrison) : null,
        };
    }

    /// <summary>
    /// Whether every registered (not yet erased) conviction is erasable on the decision date. The register is judged
    /// as a whole: while one entry is not erasable, none is (§ 47 Abs. 3 S. 1 BZRG [background]: verify). An empty
    /// register has nothing to erase (false).
    /// </summary>
    private static bool RegisterErasable(IReadOnlyList<Conviction> convictions, DateOnly? decision, bool worst)
    {
        var registered = 0;
        for (var k = 0; k < convictions.Count; k++)
        {
            var c = convictions[k];
            if (c.Erased == false)
            {
                return false;
            }

            registered += c.Erased == true ? 0 : 1;
        }

        if (registered == 0)
        {
            return false;
        }

        // An unknown decision date, or one before the encoded table, leaves erasure open: the favourable resolution
        // takes a date late enough, the unfavourable one none.
        if (decision is not { } day || ErasurePeriods.Table.At(day)?.Value is not { } periods)
        {
            return !worst;
        }

        foreach (var c in convictions)
        {
            if (c.Erased == true)
            {
                continue;
            }

            var otherPrison = false;
            foreach (var o in convictions)
            {
                otherPrison |= !ReferenceEquals(o, c) && o.Erased != true && IsPrison(o, worst);
            }

            var years = Years(periods, c, worst, registered > 1, otherPrison);
            if (c.Date is not { } judgment || years is not { } y)
            {
                if (worst)
                {
                    return false;
                }

                continue;
            }

            if (y == int.MaxValue)
            {
                return false;
            }

            // The period runs from the day of the judgment (§ 36 S. 1 BZRG: "beginnt mit dem Tag"), so the entry is
            // erasable on the same calendar day y years later; for the longest group the prison term is added
            // (§ 46 Abs. 3 BZRG [background]: verify).
            var end = LegalTime.AddYears(judgment, y);
            if (y == periods.LongYears && c.Sentence == SentenceKind.Prison && c.PrisonMonths is { } months)
            {
                end = LegalTime.AddMonths(end, months);
            }

            if (end > day)
            {
                return false;
            }
        }

        return true;
    }
}
