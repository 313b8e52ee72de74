using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Imk2006;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// The per-person exclusion grounds (misconduct, extremism) over a
/// <see cref="HouseholdBatch"/>: the verdicts of <c>Regimes/Imk2006</c> without explanation nodes. Each method
/// mirrors one element there; keep them in step (the equivalence property in the tests is the guard).
/// </summary>
internal static class BulkPersonElements
{
    /// <summary>
    /// A verdict as the set of the levels it reaches (False 0b00, Unknown 0b01, True 0b11), so that Kleene
    /// conjunction (the minimum) is a bitwise and, and disjunction (the maximum) a bitwise or, without branches.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Mask(Truth t) => (int)t | ((int)t >> 1);

    /// <summary>The verdict of a <see cref="Mask(Truth)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth FromMask(int mask) => (Truth)((mask & 1) + (mask >> 1));

    /// <summary>Completed years of age on the reference date (packed, <see cref="CivilDate"/>), or <see cref="Ages.Unknown"/> (<see cref="int.MinValue"/>) if the birth date is unknown (<see cref="Ages.On"/>).</summary>
    public static int Age(HouseholdBatch b, int p, int referenceCivil) => Ages.On(b.BirthCivil[p], referenceCivil);

    /// <summary><see cref="MembersKernel.IsMinorChild(HouseholdRole, int, int)"/> for person <paramref name="p"/> of the batch.</summary>
    public static Truth IsMinorChild(HouseholdBatch b, int p, int age, int ageOfMajority) => MembersKernel.IsMinorChild(b.Role[p], age, ageOfMajority);

    /// <summary>Elements 17, 18, 21: no misconduct of this kind that counts under the rule set's weighing.</summary>
    public static Truth NoMisconduct(HouseholdBatch b, int p, MisconductKind kind, MisconductReading reading, int decisionDay)
    {
        if (!b.MisconductKnown[p])
        {
            return Truth.Unknown;
        }

        var any = Truth.False;
        for (var r = b.MisconductStart[p]; r < b.MisconductStart[p + 1]; r++)
        {
            if (b.RecordKind[r] == kind)
            {
                any = any.Or(Counts(b, r, kind, reading, decisionDay));
            }
        }

        return any.Not();
    }

    private static Truth Counts(HouseholdBatch b, int r, MisconductKind kind, MisconductReading reading, int decisionDay)
    {
        var counts = Truth.True;
        if (kind != MisconductKind.Absconding)
        {
            counts = counts.And(b.RecordDeliberate[r]);
        }

        if (kind != MisconductKind.Deception)
        {
            return reading.HasLookback ? counts.And(Lookback(b, r, reading.LookbackYears, decisionDay)) : counts;
        }

        if (reading.RequiresCausality)
        {
            counts = counts.And(b.RecordCausedNonRemoval[r]);
        }

        if (reading.Weighing == DeceptionWeighing.MinimumWeight)
        {
            counts = counts.And(b.RecordOfSomeWeight[r]);
        }
        else if (reading.Weighing == DeceptionWeighing.BalanceAgainstIntegration)
        {
            counts = counts.And(b.RecordOutweighed[r].Not());
        }

        return reading.HasLookback ? counts.And(Lookback(b, r, reading.LookbackYears, decisionDay)) : counts;
    }

    /// <summary>Whether record <paramref name="r"/> lies within the look-back (ExclusionElements.Counts).</summary>
    private static Truth Lookback(HouseholdBatch b, int r, int years, int decisionDay)
    {
        var end = b.RecordTo[r];
        if (end == HouseholdBatch.NoDate)
        {
            // An ongoing record lies within any window; an undated one cannot be placed.
            return b.RecordFromKnown[r] ? Truth.True : Truth.Unknown;
        }

        return decisionDay == HouseholdBatch.NoDate
            ? Truth.Unknown
            : (LegalTime.AddYears(DateOnly.FromDayNumber(end), years).DayNumber >= decisionDay).ToTruth();
    }

    /// <summary>Element 20 with a look-back (A36): links that ended before it no longer count (ExclusionElements.NoExtremism).</summary>
    public static Truth Extremism(HouseholdBatch b, int p, int lookbackYears, int decisionDay)
    {
        var links = b.ExtremismLinks[p];
        var ended = b.ExtremismEnded[p];
        if (links != Truth.True || ended == HouseholdBatch.NoDate)
        {
            return links.Not();
        }

        return decisionDay == HouseholdBatch.NoDate
            ? Truth.Unknown
            : (LegalTime.AddYears(DateOnly.FromDayNumber(ended), lookbackYears).DayNumber < decisionDay).ToTruth();
    }

    /// <summary>Element 20.</summary>
    public static Truth Extremism(HouseholdBatch b, int p) => b.ExtremismLinks[p].Not();
}
