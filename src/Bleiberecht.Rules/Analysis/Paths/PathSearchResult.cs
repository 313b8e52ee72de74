using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>The paths to a permit for one household under one rule set.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="RuleSet">Name of the rule set.</param>
/// <param name="MemberId">The member searched for, or <c>null</c> for the whole household.</param>
/// <param name="Outcome">The target's outcome as the case stands.</param>
/// <param name="Questions">The open questions (answered first), each with both answers; empty when every fact is known.</param>
/// <param name="Catalogue">The changes that were considered.</param>
/// <param name="MaxChanges">The largest path size searched.</param>
/// <param name="ShortestLength">Fewest changes of any minimal path (counted before the cut to <see cref="PathSearchOptions.MaxPaths"/>), or <c>null</c> when there is none.</param>
/// <param name="PathsFound">How many minimal paths exist up to <paramref name="MaxChanges"/> (before the <see cref="PathSearchOptions.MaxPaths"/> cut).</param>
/// <param name="Paths">
/// The minimal paths, cheapest first (ties: fewer changes, then by key): no path's changes are a superset of
/// another's. A single path without changes when the target already qualifies (or qualifies once the questions are
/// answered favourably); empty when no path of at most <paramref name="MaxChanges"/> changes exists.
/// </param>
public sealed record PathSearchResult(
    string CaseId,
    string RuleSet,
    string? MemberId,
    Outcome Outcome,
    IReadOnlyList<QuestionOutcome> Questions,
    IReadOnlyList<FactChange> Catalogue,
    int MaxChanges,
    int? ShortestLength,
    int PathsFound,
    IReadOnlyList<EligibilityPath> Paths)
{
    /// <summary>True if the target holds a permit as the case stands, without answers or changes.</summary>
    public bool GrantsAsIs => PermitOutcomes.IsPermit(Outcome);

    /// <summary>Open questions without a generic answer (dates, amounts): ask them; paths cannot assume them.</summary>
    public IEnumerable<MissingFact> Unanswerable => Questions.Where(q => q.Favourable is null).Select(q => q.Question);
}
