using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>Role, age and schooling over the object graph.</summary>
internal readonly partial struct MemberFacts
{
    /// <inheritdoc />
    public HouseholdRole Role => person.Role;

    /// <inheritdoc />
    public int BirthCivil => CivilDate.Pack(person.BirthDate);

    /// <inheritdoc />
    public int AgeOn(int civil) => Ages.On(BirthCivil, civil);

    /// <inheritdoc />
    public Truth AttendsSchool => person.Schooling?.AttendsSchool.ToTruth() ?? Truth.Unknown;

    /// <inheritdoc />
    public Truth PositiveSchoolPrognosis => person.Schooling?.PositiveSchoolPrognosis.ToTruth() ?? Truth.Unknown;
}
