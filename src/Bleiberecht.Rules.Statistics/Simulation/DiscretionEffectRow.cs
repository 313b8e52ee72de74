namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>One rule set's row of the <see cref="DiscretionEffectTable"/>.</summary>
/// <param name="RuleSet">Rule-set name (<c>IMK-2006</c> or a profile id such as <c>BY</c>).</param>
/// <param name="Description">The rule set's description.</param>
/// <param name="PersonShares">Shares over all persons, one per <see cref="OutcomeCategories.All"/> in that order.</param>
/// <param name="HouseholdShares">Shares over households (a household with different member outcomes counts as Other).</param>
/// <param name="DecidedPermitShare">
/// Permits / (permits + refusals) over persons with its bootstrap interval and paired difference to the base: the
/// decided-case share, the like-for-like counterpart of table 6.1's decided-case rate (ADR 0004). Null when nobody is decided.
/// </param>
public sealed record DiscretionEffectRow(
    string RuleSet,
    string Description,
    IReadOnlyList<ShareEstimate> PersonShares,
    IReadOnlyList<ShareEstimate> HouseholdShares,
    ShareEstimate? DecidedPermitShare = null)
{
    /// <summary>The person-level share of a category.</summary>
    /// <param name="category">Category.</param>
    public ShareEstimate Person(OutcomeCategory category) => PersonShares[(int)category];

    /// <summary>The household-level share of a category.</summary>
    /// <param name="category">Category.</param>
    public ShareEstimate Household(OutcomeCategory category) => HouseholdShares[(int)category];
}
