namespace Bleiberecht.Rules.Statistics.Reporting;

/// <summary>Printed DE total next to the sum of the 16 Länder (k.A. = 0), as DQ-05 asks.</summary>
/// <param name="Column">Column name.</param>
/// <param name="Printed">Printed DE value.</param>
/// <param name="Recomputed">Σ Länder.</param>
public sealed record FederalTotalComparison(string Column, int Printed, int Recomputed)
{
    /// <summary>True when both agree.</summary>
    public bool Agrees => Printed == Recomputed;
}
