namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>A parameter's Spearman correlation with the output over the Latin-hypercube points (NaN when the output does not vary).</summary>
/// <param name="Parameter">Parameter name.</param>
/// <param name="SpearmanRho">Spearman ρ.</param>
public sealed record SensitivityRanking(string Parameter, double SpearmanRho);
