namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>One parameter's one-at-a-time effect: the output at the low and the high end of its range.</summary>
/// <param name="Parameter">Parameter name.</param>
/// <param name="Kind">Its provenance (Assumption or Calibrated).</param>
/// <param name="Value">Its value.</param>
/// <param name="Low">Low end of the range.</param>
/// <param name="High">High end of the range.</param>
/// <param name="OutputAtLow">Output with the parameter at <paramref name="Low"/>.</param>
/// <param name="OutputAtHigh">Output with the parameter at <paramref name="High"/>.</param>
public sealed record SensitivityEffect(string Parameter, ProvenanceKind Kind, double Value, double Low, double High, double OutputAtLow, double OutputAtHigh)
{
    /// <summary>|output at high − output at low|: the bar length of the tornado chart.</summary>
    public double Swing => Math.Abs(OutputAtHigh - OutputAtLow);
}
