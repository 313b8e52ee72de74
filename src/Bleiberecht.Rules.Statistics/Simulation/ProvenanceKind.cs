namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>Where a population parameter's value comes from.</summary>
public enum ProvenanceKind
{
    /// <summary>A number printed in the study (cited by source lines).</summary>
    Study,

    /// <summary>Our own arithmetic on printed numbers (cited by source lines).</summary>
    Derived,

    /// <summary>Not in the study: a labelled assumption with a sentence why.</summary>
    Assumption,

    /// <summary>Set by the caller, replacing the default.</summary>
    Override,

    /// <summary>
    /// Formerly an assumption, now chosen so that the default population reproduces a published aggregate (the DE row
    /// of table 6.1, L4365); the value itself is not in the study, so it is a fit, not a finding.
    /// </summary>
    Calibrated,
}
