using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>The § 104a regimes' household facts over the object graph.</summary>
internal readonly partial struct HouseholdObjectFacts
{
    /// <inheritdoc />
    public int DecisionDay => Days.Of(household.DecisionDate);

    // The extension regime (§ 104a Abs. 5): the work-livelihood history.
    /// <inheritdoc />
    public int WorkMonthsInPeriod => household.WorkLivelihood?.MonthsInPeriod ?? int.MinValue;

    /// <inheritdoc />
    public int WorkMonthsSecured => household.WorkLivelihood?.MonthsSecuredByWork ?? int.MinValue;

    /// <inheritdoc />
    public Truth WorkFullySecured => household.WorkLivelihood?.FullySecured.ToTruth() ?? Truth.Unknown;

    /// <inheritdoc />
    public int WorkFullySecuredSince => Days.Of(household.WorkLivelihood?.FullySecuredSince);

    /// <inheritdoc />
    public Truth EffortsShown => household.WorkLivelihood?.EffortsShown.ToTruth() ?? Truth.Unknown;
}
