using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>The household facts as the kernels read them, over the object graph (the explain path).</summary>
/// <param name="household">The household.</param>
internal readonly partial struct HouseholdObjectFacts(Household household) : IHouseholdFacts
{
    /// <inheritdoc />
    public bool CommunalShelter => household.Housing?.CommunalShelter == true;

    /// <inheritdoc />
    public Truth HousingSufficient => household.Housing?.Sufficient.ToTruth() ?? Truth.Unknown;
}
