using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Bulk;

/// <summary>The household facts as the kernels read them, over a <see cref="HouseholdBatch"/>'s packed household row (the bulk path).</summary>
/// <param name="b">The batch.</param>
/// <param name="h">The household's index in the batch.</param>
internal readonly partial struct BatchHouseholdFacts(HouseholdBatch b, int h) : IHouseholdFacts
{
    /// <inheritdoc />
    public bool CommunalShelter => b.Households[h].CommunalShelter;

    /// <inheritdoc />
    public Truth HousingSufficient => b.Households[h].HousingSufficient;
}
