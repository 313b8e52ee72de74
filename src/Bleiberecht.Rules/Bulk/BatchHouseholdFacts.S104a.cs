using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Bulk;

/// <summary>The § 104a regimes' household facts: the decision date from the packed row, the work-livelihood history from the columns (read only under the extension).</summary>
internal readonly partial struct BatchHouseholdFacts
{
    /// <inheritdoc />
    public int DecisionDay => b.Households[h].DecisionDate;

    // The extension regime (§ 104a Abs. 5): the work-livelihood history.
    /// <inheritdoc />
    public int WorkMonthsInPeriod => b.WorkMonthsInPeriod[h];

    /// <inheritdoc />
    public int WorkMonthsSecured => b.WorkMonthsSecured[h];

    /// <inheritdoc />
    public Truth WorkFullySecured => b.WorkFullySecured[h];

    /// <inheritdoc />
    public int WorkFullySecuredSince => b.WorkFullySecuredSince[h];

    /// <inheritdoc />
    public Truth EffortsShown => b.EffortsShown[h];
}
