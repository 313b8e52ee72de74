namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>How many households not granted as is are one change of a kind away ("38 % of refusals are one job away").</summary>
/// <param name="Kind">The change.</param>
/// <param name="Households">Households for which one change of this kind (for some member) is a path.</param>
/// <param name="ShareOfNotGranted">Share of the households not granted as is, with its bootstrap interval.</param>
public sealed record SingleChangeShare(FactChangeKind Kind, int Households, ShareInterval ShareOfNotGranted);
