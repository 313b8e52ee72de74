using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Who a member is, written once for both paths (<see cref="Members"/> reads it on the explain path): a minor child,
/// an adult, a child of school age. Ages come from <see cref="Ages"/>; the reference date (minors) and the decision
/// date (school age) are passed packed, as the bulk path precomputes them.
/// </summary>
internal static class MembersKernel
{
    /// <summary>A minor child of the household: role Child and under the age of majority at <paramref name="referenceCivil"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth IsMinorChild<TFacts>(ref TFacts f, int referenceCivil, int ageOfMajority)
        where TFacts : struct, IPersonFacts, allows ref struct
        => IsMinorChild(f.Role, f.Role == HouseholdRole.Child ? f.AgeOn(referenceCivil) : Ages.Unknown, ageOfMajority);

    /// <summary>A member of role <paramref name="role"/> and age <paramref name="age"/> (<see cref="Ages.Unknown"/> if not known) is a minor child.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth IsMinorChild(HouseholdRole role, int age, int ageOfMajority)
        => role != HouseholdRole.Child ? Truth.False : age == Ages.Unknown ? Truth.Unknown : Ages.Between(age, int.MinValue, ageOfMajority);

    /// <summary>An adult (not a minor child): adult requirements apply.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth IsAdult<TFacts>(ref TFacts f, int referenceCivil, int ageOfMajority)
        where TFacts : struct, IPersonFacts, allows ref struct
        => IsMinorChild(ref f, referenceCivil, ageOfMajority).Not();

    /// <summary>
    /// A child of compulsory school age and still a minor on the decision date (<see cref="Members.IsSchoolAgeChild"/>
    /// says why the decision date); Unknown while the birth date or the decision date (<paramref name="decisionCivil"/>) is.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth IsSchoolAgeChild<TFacts>(ref TFacts f, int decisionCivil, int compulsoryFromAge, int ageOfMajority)
        where TFacts : struct, IPersonFacts, allows ref struct
    {
        if (f.Role != HouseholdRole.Child)
        {
            return Truth.False;
        }

        var age = f.AgeOn(decisionCivil);
        return age == Ages.Unknown ? Truth.Unknown : Ages.Between(age, compulsoryFromAge, ageOfMajority);
    }
}
