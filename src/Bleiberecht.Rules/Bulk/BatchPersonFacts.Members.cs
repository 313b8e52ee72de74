using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Bulk;

/// <summary>Role, age and schooling over the batch's packed row.</summary>
internal readonly partial struct BatchPersonFacts
{
    /// <inheritdoc />
    public HouseholdRole Role => b.Persons[p].Role;

    /// <inheritdoc />
    public int BirthCivil => b.Persons[p].BirthCivil;

    /// <inheritdoc />
    public Truth AttendsSchool => b.Persons[p].AttendsSchool;

    /// <inheritdoc />
    public Truth PositiveSchoolPrognosis => b.Persons[p].PositiveSchoolPrognosis;
}
