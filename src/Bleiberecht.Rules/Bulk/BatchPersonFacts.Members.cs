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
    /// <remarks>The ages computed when the accessor was made (<see cref="BatchPersonFacts(HouseholdBatch, int, int, int)"/>) are not computed again.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int AgeOn(int civil) => civil == _civilA ? _ageA : civil == _civilB ? _ageB : Ages.On(_row.BirthCivil, civil);

    /// <inheritdoc />
    public Truth AttendsSchool => _row.AttendsSchool;

    /// <inheritdoc />
    public Truth PositiveSchoolPrognosis => _row.PositiveSchoolPrognosis;
}
