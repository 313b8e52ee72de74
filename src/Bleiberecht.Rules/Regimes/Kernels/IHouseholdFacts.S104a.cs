namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>The household facts the § 104a regime's own elements read.</summary>
internal partial interface IHouseholdFacts
{
    /// <summary>Day number of the decision, or <see cref="Days.None"/> if not known.</summary>
    int DecisionDay { get; }
}
