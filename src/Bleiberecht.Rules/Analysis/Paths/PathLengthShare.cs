namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>How many households need a shortest path of one length.</summary>
/// <param name="Length">"0" (grants as is, or once open questions are answered), "1" … "k", "&gt;k" (a path exists but needs more than k changes) or "none" (not even every change together grants).</param>
/// <param name="Households">Number of households.</param>
/// <param name="Share">Share of all households, with its bootstrap interval.</param>
public sealed record PathLengthShare(string Length, int Households, ShareInterval Share);
