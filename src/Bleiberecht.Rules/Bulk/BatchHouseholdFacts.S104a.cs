namespace Bleiberecht.Rules.Bulk;

/// <summary>The § 104a household facts over the packed household row.</summary>
internal readonly partial struct BatchHouseholdFacts
{
    /// <inheritdoc />
    public int DecisionDay => b.Households[h].DecisionDate;
}
