using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// The per-person elements (scope, time, exclusion grounds, language, passport, cooperation) over a
/// <see cref="HouseholdBatch"/>: the verdicts of <c>Regimes/Imk2006</c> without explanation nodes. Each method
/// mirrors one element there; keep them in step (the equivalence property in the tests is the guard).
/// </summary>
internal static class BulkPersonElements
{
    /// <summary>
    /// Kleene "applies → requirement" (Applicability.When): not applicable is met; unknown applicability only if
    /// the requirement is met anyway. That is the Kleene implication ¬applies ∨ requirement, computed as a maximum
    /// without branches (applicability follows the members' roles, which alternate within a household).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth When(Truth applies, Truth requirement) => (Truth)Math.Max(2 - (int)applies, (int)requirement);

    /// <summary>Completed years of age on the reference date (packed, <see cref="CivilDate"/>), or <see cref="int.MinValue"/> if the birth date is unknown.</summary>
    public static int Age(HouseholdBatch b, int p, int referenceCivil)
    {
        var birth = b.BirthCivil[p];
        return birth == CivilDate.None ? int.MinValue : CivilDate.CompletedYears(birth, referenceCivil);
    }

    /// <summary>Members.IsMinorChild.</summary>
    public static Truth IsMinorChild(HouseholdBatch b, int p, int age, int ageOfMajority)
    {
        if (b.Role[p] != HouseholdRole.Child)
        {
            return Truth.False;
        }

        return age == int.MinValue ? Truth.Unknown : (age < ageOfMajority).ToTruth();
    }

    /// <summary>Members.IsSchoolAgeChild for a member of role Child: its age on the decision date (packed civil dates).</summary>
    public static Truth IsSchoolAgeChild(int birthCivil, int decisionCivil, int compulsoryFrom, int ageOfMajority)
    {
        if (birthCivil == CivilDate.None || decisionCivil == CivilDate.None)
        {
            return Truth.Unknown;
        }

        var age = CivilDate.CompletedYears(birthCivil, decisionCivil);
        return (age >= compulsoryFrom && age < ageOfMajority).ToTruth();
    }

    /// <summary>
    /// The last day of the calendar: a gap ending on it restarts the stay on the day after, which lies beyond every
    /// reference date, as the calendar's last day does (LegalTime saturates the same way on the explain path).
    /// </summary>
    private static readonly int MaxDay = DateOnly.MaxValue.DayNumber;

    /// <summary>
    /// Element 5 (ResidenceElements.MinYears) for one adult given the household's family status, from the packed facts;
    /// <paramref name="p"/> finds an entry date known only as a range (rare, so it stays in the batch's arrays).
    /// </summary>
    public static Truth MinYears(HouseholdBatch b, ref readonly PersonFacts f, int p, Truth isFamily, int referenceDay, int referenceCivil, int yearsFamily, int yearsOther, int toleranceDays)
    {
        var entry = f.EntryDate;
        var openEnded = b.OpenEndedGap[p];
        if (entry != HouseholdBatch.NoDate && !openEnded)
        {
            return MinYearsFrom(b, in f, entry, f.EntryCivil, false, isFamily, referenceDay, referenceCivil, yearsFamily, yearsOther, toleranceDays);
        }

        if (entry == HouseholdBatch.NoDate && !b.EntryRangeKnown[p])
        {
            return Truth.Unknown;
        }

        // ResidenceElements.MinYears: both ends of the range and of gaps with an unknown end, definite only where they agree.
        DateOnly from, to;
        if (entry != HouseholdBatch.NoDate)
        {
            from = to = DateOnly.FromDayNumber(entry);
        }
        else
        {
            from = b.EntryRangeFrom[p] == HouseholdBatch.NoDate ? DateOnly.MinValue : DateOnly.FromDayNumber(b.EntryRangeFrom[p]);
            to = b.EntryRangeTo[p] == HouseholdBatch.NoDate ? DateOnly.MaxValue : DateOnly.FromDayNumber(b.EntryRangeTo[p]);
        }

        var early = MinYearsFrom(b, in f, from.DayNumber, CivilDate.Pack(from), false, isFamily, referenceDay, referenceCivil, yearsFamily, yearsOther, toleranceDays);
        var late = MinYearsFrom(b, in f, to.DayNumber, CivilDate.Pack(to), true, isFamily, referenceDay, referenceCivil, yearsFamily, yearsOther, toleranceDays);
        return early == late ? late : Truth.Unknown;
    }

    private static Truth MinYearsFrom(HouseholdBatch b, ref readonly PersonFacts f, int entry, int entryCivil, bool worst, Truth isFamily, int referenceDay, int referenceCivil, int yearsFamily, int yearsOther, int toleranceDays)
    {
        var start = entry;
        for (var g = f.GapStart; g < f.GapEnd; g++)
        {
            var gapEnd = b.GapTo[g] != HouseholdBatch.NoDate ? b.GapTo[g] : b.GapEndUnknown[g] && !worst ? b.GapFrom[g] : referenceDay;
            var length = gapEnd - b.GapFrom[g] + 1;
            if (b.GapFrom[g] <= referenceDay && length > toleranceDays && gapEnd + 1 > start)
            {
                start = gapEnd + 1;
            }
        }

        var startCivil = start == entry ? entryCivil : CivilDate.Pack(DateOnly.FromDayNumber(Math.Min(start, MaxDay)));
        var years = CivilDate.CompletedYears(startCivil, referenceCivil);
        var meetsFamily = yearsFamily <= years;
        var meetsOther = yearsOther <= years;
        var required = isFamily switch
        {
            Truth.True => meetsFamily.ToTruth(),
            Truth.False => meetsOther.ToTruth(),
            _ => meetsOther ? Truth.True : meetsFamily ? Truth.Unknown : Truth.False,
        };

        return !f.GapsKnown && required == Truth.True ? Truth.Unknown : required;
    }
}
