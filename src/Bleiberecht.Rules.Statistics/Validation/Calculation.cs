namespace Bleiberecht.Rules.Statistics.Validation;

/// <summary>
/// The arithmetic behind a finding, so that a reader can redo it: the operands, the result, the printed value it is
/// compared with, and a human-readable expression such as <c>1,078 + 345 = 1,423 ≠ 1,432 printed</c>.
/// </summary>
/// <param name="Expression">Readable expression (invariant culture, thousands separator ',').</param>
/// <param name="Operands">Operands in the order of the expression.</param>
/// <param name="Result">Computed result.</param>
/// <param name="Compared">The printed value the result is compared with, if any.</param>
/// <param name="Holds">Whether the comparison holds.</param>
public sealed record Calculation(string Expression, IReadOnlyList<decimal> Operands, decimal Result, decimal? Compared, bool Holds);
