namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>One rule set's distribution of shortest paths over a population.</summary>
/// <param name="RuleSet">Name of the rule set.</param>
/// <param name="Households">Households in the population.</param>
/// <param name="NotGranted">Households in which not every member holds a permit as is.</param>
/// <param name="Lengths">Shortest path length: 0 … k, "&gt;k", "none", in that order.</param>
/// <param name="SingleChanges">The single changes that are a whole path, most frequent first (kinds that never are one are left out).</param>
public sealed record PathSummaryRow(string RuleSet, int Households, int NotGranted, IReadOnlyList<PathLengthShare> Lengths, IReadOnlyList<SingleChangeShare> SingleChanges);
