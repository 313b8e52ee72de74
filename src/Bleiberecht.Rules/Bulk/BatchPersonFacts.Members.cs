using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Bulk;

/// <summary>Role, age and schooling over the batch's packed row.</summary>
internal readonly ref partial struct BatchPersonFacts
{
    /// <inheritdoc />
    public HouseholdRole Role => _row.Role;

    /// <inheritdoc />
    public int BirthCivil => _row.BirthCivil;

    /// <inheritdoc />
    public Truth AttendsSchool => _row.AttendsSchool;

    /// <inheritdoc />
    public Truth PositiveSchoolPrognosis => _row.PositiveSchoolPrognosis;
}
