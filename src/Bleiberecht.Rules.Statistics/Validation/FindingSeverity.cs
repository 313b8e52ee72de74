namespace Bleiberecht.Rules.Statistics.Validation;

/// <summary>How serious a data-quality finding is.</summary>
public enum FindingSeverity
{
    /// <summary>The rule holds (regression control, e.g. DQ-01, DQ-20).</summary>
    Pass,

    /// <summary>A caveat or an explained difference; the figures can still be used with the stated reading.</summary>
    Info,

    /// <summary>A mismatch between printed figures that changes a derived number; both values are kept.</summary>
    Warning,

    /// <summary>A hard contradiction inside one printed source (e.g. final states exceeding applications, DQ-03).</summary>
    Error,
}
