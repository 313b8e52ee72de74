using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Who counts as a minor or of school age. Ages are taken at the reference date (Stichtag): the household is
/// assessed as it stood when the resolution's time requirement was measured ([background]: counted back from 17.11.2006; the study never prints the date, L792).
/// </summary>
internal static class Members
{
    /// <summary>Age at the reference date, if the birth date is known.</summary>
    public static int? AgeAtReference(MemberContext m)
        => m.Person.BirthDate is { } birth ? LegalTime.AgeOn(birth, m.Options.Residence.ReferenceDate) : null;

    /// <summary>The member is a minor child of the household (role Child and under the age of majority).</summary>
    public static Truth IsMinorChild(MemberContext m)
    {
        if (m.Person.Role != HouseholdRole.Child)
        {
            return Truth.False;
        }

        return AgeAtReference(m) is { } age ? (age < m.Options.Family.AgeOfMajority).ToTruth() : Truth.Unknown;
    }

    /// <summary>The member is a minor child of compulsory school age.</summary>
    public static Truth IsSchoolAgeChild(MemberContext m)
    {
        var minor = IsMinorChild(m);
        if (minor == Truth.False)
        {
            return Truth.False;
        }

        return AgeAtReference(m) is { } age ? minor.And((age >= m.Options.School.CompulsoryFromAge).ToTruth()) : Truth.Unknown;
    }

    /// <summary>The member is an adult (not a minor child): adult requirements apply.</summary>
    public static Truth IsAdult(MemberContext m) => IsMinorChild(m).Not();

    /// <summary>No member of the household is an adult (minors on their own, e.g. unaccompanied minors).</summary>
    public static Truth NoAdult(HouseholdContext h)
    {
        var any = Truth.False;
        foreach (var m in h.Members)
        {
            any = any.Or(IsAdult(m));
        }

        return any.Not();
    }
}
