using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>
/// The household facts the element kernels read, whatever stores them: the object graph on the explain path
/// (<see cref="HouseholdObjectFacts"/>), the packed household row of a <c>HouseholdBatch</c> on the bulk path.
/// A struct type parameter, as <see cref="IPersonFacts"/>.
/// </summary>
internal partial interface IHouseholdFacts
{
    /// <summary>The household lives in a communal shelter.</summary>
    bool CommunalShelter { get; }

    /// <summary>The housing is sufficient.</summary>
    Truth HousingSufficient { get; }
}
