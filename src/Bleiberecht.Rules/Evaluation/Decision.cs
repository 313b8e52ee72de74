using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Evaluation;

/// <summary>The decision for one member.</summary>
/// <param name="PersonId">The member.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Grounds">Element ids that failed and caused a refusal, or that keep the case pending.</param>
/// <param name="Missing">Facts to establish before the outcome can be decided.</param>
/// <param name="ValidUntil">Last day of the permit or Duldung, where the rule set fixes it.</param>
/// <param name="Explanation">The tree of checked elements for this member.</param>
public sealed record PersonDecision(
    string PersonId,
    Outcome Outcome,
    IReadOnlyList<string> Grounds,
    IReadOnlyList<MissingFact> Missing,
    DateOnly? ValidUntil,
    ExplanationNode Explanation);

/// <summary>The decision for a household: its members' decisions and the household-level checks.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="RuleSet">Name of the rule set used (base rule, Land profile, variant).</param>
/// <param name="Outcome">Common outcome of all members, or <see cref="Outcome.Mixed"/>.</param>
/// <param name="Members">One decision per member, in input order.</param>
/// <param name="Grounds">Union of the members' grounds.</param>
/// <param name="Missing">Union of the members' missing facts.</param>
/// <param name="Explanation">Root of the explanation: household checks and each member's tree.</param>
public sealed record HouseholdDecision(
    string CaseId,
    string RuleSet,
    Outcome Outcome,
    IReadOnlyList<PersonDecision> Members,
    IReadOnlyList<string> Grounds,
    IReadOnlyList<MissingFact> Missing,
    ExplanationNode Explanation);
