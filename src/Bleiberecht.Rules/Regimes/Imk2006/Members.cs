using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Who counts as a minor or of school age, on the explain path (the logic is <see cref="MembersKernel"/>'s). Ages are
/// taken at the reference date (Stichtag), except school age, which is taken at the decision date (<see cref="IsSchoolAgeChild"/>): the household is assessed as it stood when the
/// resolution's time requirement was measured ([background]: counted back from 17.11.2006; the study never prints the date, L792).
/// </summary>
internal static class Members
{
    /// <summary>Age at the reference date, if the birth date is known.</summary>
    public static int? AgeAtReference(MemberContext m)
        => Ages.On(CivilDate.Pack(m.Person.BirthDate), ReferenceCivil(m)) is var age && age != Ages.Unknown ? age : null;

    /// <summary>The reference date packed, as the kernels read it.</summary>
    public static int ReferenceCivil(MemberContext m) => CivilDate.Pack(m.Options.Residence.ReferenceDate);

    /// <summary>The decision date packed, as the kernels read it (<c>CivilDate.None</c> if not known).</summary>
    public static int DecisionCivil(MemberContext m) => CivilDate.Pack(m.Household.Household.DecisionDate);

    /// <summary>The member is a minor child of the household (role Child and under the age of majority).</summary>
    public static Truth IsMinorChild(MemberContext m)
    {
        // Kept per member in its household context (read many times per evaluation); a member context built on its
        // own (not the household's own entry) is computed each time.
        var memo = m.Household.MinorChildMemo;
        var own = (uint)m.Index < (uint)memo.Length && ReferenceEquals(m.Household.MemberArray[m.Index], m);
        if (own && memo[m.Index] != 0)
        {
            return (Truth)(memo[m.Index] - 1);
        }

        var f = new MemberFacts(m.Person);
        var result = MembersKernel.IsMinorChild(ref f, ReferenceCivil(m), m.Options.Family.AgeOfMajority);
        if (own)
        {
            memo[m.Index] = (byte)(result + 1);
        }

        return result;
    }

    /// <summary>
    /// The member is a child of compulsory school age and still a minor — on the decision date, not the reference
    /// date: attendance is shown by school certificates with the application (L2674-2676) and the resolution asks about
    /// the "Schulbesuch von minderjährigen Kindern" (L3548) as it is, so a child that reached school age after
    /// 17.11.2006 is checked and one that came of age is not (docs/adr/0012, item 11). Unknown while the birth date or
    /// the decision date is.
    /// </summary>
    public static Truth IsSchoolAgeChild(MemberContext m)
    {
        var f = new MemberFacts(m.Person);
        return MembersKernel.IsSchoolAgeChild(ref f, DecisionCivil(m), m.Options.School.CompulsoryFromAge, m.Options.Family.AgeOfMajority);
    }

    /// <summary>The member is an adult (not a minor child): adult requirements apply.</summary>
    public static Truth IsAdult(MemberContext m) => IsMinorChild(m).Not();

    /// <summary>No member of the household is an adult (minors on their own, e.g. unaccompanied minors).</summary>
    public static Truth NoAdult(HouseholdContext h)
    {
        if (h.NoAdultMemo != 0)
        {
            return (Truth)(h.NoAdultMemo - 1);
        }

        var any = Truth.False;
        var members = h.MemberArray;
        for (var i = 0; i < members.Length; i++)
        {
            any = any.Or(IsAdult(members[i]));
        }

        h.NoAdultMemo = (byte)(any.Not() + 1);
        return any.Not();
    }
}
