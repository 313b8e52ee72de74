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

    /// <summary>The child actually attends school.</summary>
    Truth AttendsSchool { get; }

    /// <summary>The child is expected to complete school (positive prognosis).</summary>
    Truth PositiveSchoolPrognosis { get; }
}
