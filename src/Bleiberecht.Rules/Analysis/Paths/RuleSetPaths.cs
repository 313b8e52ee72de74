using Bleiberecht.Rules.Evaluation;

namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>One rule set's answer to "where would this household qualify?".</summary>
/// <param name="RuleSet">Name of the rule set (the base rule, a Land, a Kommune, a variant).</param>
/// <param name="Title">What the rule set is, in German and English (<see cref="Evaluation.RuleSet.Title"/>).</param>
/// <param name="Outcome">The target's outcome as the case stands.</param>
/// <param name="ShortestLength">Fewest changes of a path (0 = grants as is or once the questions are answered), or <c>null</c> when no path up to the size limit exists.</param>
/// <param name="ShortestPaths">The minimal paths of that length, cheapest first.</param>
public sealed record RuleSetPaths(string RuleSet, Explanation.Label Title, Outcome Outcome, int? ShortestLength, IReadOnlyList<EligibilityPath> ShortestPaths)
{
    /// <summary>True if the target holds a permit under this rule set as the case stands.</summary>
    public bool GrantsAsIs => PermitOutcomes.IsPermit(Outcome);
}
