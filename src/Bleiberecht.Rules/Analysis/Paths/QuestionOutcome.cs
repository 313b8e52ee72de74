using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>One open question of a pending case, with both answers and what the unfavourable one would decide.</summary>
/// <param name="Question">The missing fact.</param>
/// <param name="Favourable">The favourable answer the paths assume, or <c>null</c> where none can be given generically (a date or an amount: ask it) or the fact is already known (e.g. "still to be met: passport" while the passport is known to be missing: a change settles it, not an answer).</param>
/// <param name="Unfavourable">The unfavourable answer, or <c>null</c> where it cannot be stated generically (e.g. which conviction).</param>
/// <param name="OutcomeIfUnfavourable">
/// The target's outcome with this one question answered unfavourably and every other one favourably, or <c>null</c>
/// without an unfavourable answer.
/// </param>
public sealed record QuestionOutcome(MissingFact Question, FactAnswer? Favourable, FactAnswer? Unfavourable, Outcome? OutcomeIfUnfavourable);
