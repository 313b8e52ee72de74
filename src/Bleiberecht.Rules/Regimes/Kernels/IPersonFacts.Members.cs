using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>The facts that say who a member is (role, age) and the child's schooling (elements 6, 9, 10).</summary>
internal partial interface IPersonFacts
{
    /// <summary>The member's role in the household.</summary>
    HouseholdRole Role { get; }

    /// <summary>The birth date packed (<c>Bulk.CivilDate</c>), or <c>CivilDate.None</c> if not known.</summary>
    int BirthCivil { get; }

    /// <summary>
    /// Completed years of age on the packed civil date <paramref name="civil"/> (<see cref="Ages.On"/> of
    /// <see cref="BirthCivil"/>), or <see cref="Ages.Unknown"/>: a member of the accessor so that the bulk path can
    /// give an age it computed once to the several kernels that read it.
    /// </summary>
    /// <param name="civil">The day, packed (<c>Bulk.CivilDate</c>), or <c>CivilDate.None</c>.</param>
    int AgeOn(int civil);

    /// <summary>The child actually attends school.</summary>
    Truth AttendsSchool { get; }

    /// <summary>The child is expected to complete school (positive prognosis).</summary>
    Truth PositiveSchoolPrognosis { get; }
}
