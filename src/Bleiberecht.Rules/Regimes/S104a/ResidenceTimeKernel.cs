using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Imk2006;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.S104a;

/// <summary>
/// The § 104a residence time (Abs. 1 S. 1, [background]: verify) written once: <see cref="ResidenceTime"/>'s leaf and
/// the bulk path run it. It is the IMK time kernel (<see cref="ResidenceKernel"/>) with the statute's date and years
/// (the options <see cref="S104aParameters.Adapt"/> made) and the statute's family reading: the 6 years "with a minor
/// unmarried child" are the parents' (applicant and spouse); a minor child has no time of its own, and a minor without
/// a parent in the household is left to Abs. 2 S. 2.
/// </summary>
internal static class ResidenceTimeKernel
{
    private static readonly Label Unaccompanied = new("minderjährig ohne Eltern im Haushalt: nur Abs. 2 S. 2", "minor without parents in the household: only Abs. 2 S. 2");

    private static readonly Label MinorNoOwnTime = new("minderjährig am 1.7.2007: kein eigenes Zeiterfordernis", "minor on 1.7.2007: no own time requirement");

    /// <summary>A parent in the statute's reading: the applicant or the spouse.</summary>
    public static bool IsParent(Facts.HouseholdRole role) => role is Facts.HouseholdRole.Applicant or Facts.HouseholdRole.Spouse;

    /// <summary>
    /// The member's time. <paramref name="referenceCivil"/> and <paramref name="ageOfMajority"/> say who is a minor
    /// (<see cref="MembersKernel"/>), <paramref name="countingCivil"/> is <see cref="ResidenceKernel.CountingCivil"/> of
    /// <paramref name="o"/>, <paramref name="family"/> the household's family verdict, <paramref name="parents"/> how
    /// many members are parents (<see cref="IsParent"/>).
    /// </summary>
    public static Truth Time<TFacts, TTrace>(ref TFacts f, ref TTrace t, ResidenceOptions o, int countingCivil, int referenceCivil, int ageOfMajority, Truth family, int parents)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        // A minor without a parent in the household is not one "living with" parents: Abs. 1 does not reach it;
        // Abs. 2 S. 2 (unaccompanied minors, discretionary) does.
        var minor = MembersKernel.IsMinorChild(ref f, referenceCivil, ageOfMajority);
        if (minor == Truth.True && parents == 0)
        {
            return Because.Of(ref t, Truth.False, Unaccompanied);
        }

        return ResidenceKernel.WhereApplicable(ref f, ref t, o, countingCivil, IsParent(f.Role) ? family : Truth.False, minor.Not(), MinorNoOwnTime);
    }

    /// <summary>A parent meets the Abs. 1 time (the Kleene or over the parents), folded member by member: <paramref name="time"/> is the member's <see cref="Time"/>.</summary>
    public static Truth ParentMeetsTime(Truth sofar, Facts.HouseholdRole role, Truth time) => IsParent(role) ? sofar.Or(time) : sofar;
}
