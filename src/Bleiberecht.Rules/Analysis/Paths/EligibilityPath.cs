using Bleiberecht.Rules.Evaluation;

namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>
/// One minimal way to a permit: the answers to the case's open questions (first), then the changes, their total cost,
/// the decision they lead to with its explanation, and the elements they turn from failed or unknown to met.
/// </summary>
/// <param name="Answers">Favourable answers to the open questions the path assumes (not changes; empty when nothing was unknown).</param>
/// <param name="Changes">The changes, in catalogue order; empty when the answers alone (or nothing) suffice.</param>
/// <param name="Cost">Sum of the changes' costs under the search's <see cref="PathCostModel"/>.</param>
/// <param name="Outcome">The target's outcome after the path (a permit, <see cref="PermitOutcomes.IsPermit"/>): the member's, or for the household the common outcome (<see cref="Outcome.Mixed"/> when members hold different permits).</param>
/// <param name="ElementsTurnedMet">Element ids among the target's grounds before (failed or unknown) that are no longer grounds after.</param>
/// <param name="Decision">The decision after the path, from the explain path, with its explanation tree.</param>
public sealed record EligibilityPath(
    IReadOnlyList<FactAnswer> Answers,
    IReadOnlyList<FactChange> Changes,
    decimal Cost,
    Outcome Outcome,
    IReadOnlyList<string> ElementsTurnedMet,
    HouseholdDecision Decision)
{
    /// <summary>The household after the path: the answers set, then the changes made.</summary>
    /// <param name="household">The household the path was found for.</param>
    public Facts.Household ApplyTo(Facts.Household household)
    {
        ArgumentNullException.ThrowIfNull(household);
        var answered = FactAnswering.Apply(household, Answers)
            ?? throw new ArgumentException("The path's answers do not fit this household.", nameof(household));
        return FactChange.ApplyAll(answered, Changes);
    }
}
