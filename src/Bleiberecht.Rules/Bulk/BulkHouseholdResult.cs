using Bleiberecht.Rules.Evaluation;

namespace Bleiberecht.Rules.Bulk;

/// <summary>The bulk path's result for one household.</summary>
/// <param name="Outcome">Common outcome of the members, or <see cref="Evaluation.Outcome.Mixed"/> (as <see cref="HouseholdDecision.Outcome"/>).</param>
/// <param name="Failures">Union of the members' grounds (as <see cref="HouseholdDecision.Grounds"/>).</param>
public readonly record struct BulkHouseholdResult(Outcome Outcome, FailureMask Failures);
