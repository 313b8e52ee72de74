namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>The § 104a household facts over the object graph.</summary>
internal readonly partial struct HouseholdObjectFacts
{
    /// <inheritdoc />
    public int DecisionDay => Days.Of(household.DecisionDate);
}
