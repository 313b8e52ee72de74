using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>
/// An answer to a question the decision asks (a <see cref="MissingFact"/>): not a change of the person's situation
/// but the establishment of a fact that was unknown. A path starts with the favourable answers to its case's questions;
/// the unfavourable answer shows what is at stake.
/// </summary>
/// <param name="Path">JSON path of the fact, as in <see cref="MissingFact.Path"/>.</param>
/// <param name="Question">The question, in German and English.</param>
/// <param name="Value">The answer as JSON text, e.g. <c>true</c>, <c>[]</c>, <c>"A2"</c>.</param>
/// <param name="Favourable">True for the answer that helps the application, false for the one that hurts it.</param>
public sealed record FactAnswer(string Path, Label Question, string Value, bool Favourable);
