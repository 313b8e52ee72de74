namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>The provenance of a population parameter: its kind and a citation or a reason.</summary>
/// <param name="Kind">Study figure, derived figure, assumption, calibrated assumption or caller override.</param>
/// <param name="Text">Source lines and wording (<c>L4337-4365: ...</c>) or, for an assumption, why the value was chosen.</param>
public sealed record Provenance(ProvenanceKind Kind, string Text)
{
    /// <summary>A number printed in the study.</summary>
    /// <param name="lines">Source lines, e.g. <c>L4365</c>.</param>
    /// <param name="text">What the study prints.</param>
    public static Provenance Study(string lines, string text) => new(ProvenanceKind.Study, lines + ": " + text);

    /// <summary>Our arithmetic on printed numbers.</summary>
    /// <param name="lines">Source lines of the inputs.</param>
    /// <param name="text">The arithmetic.</param>
    public static Provenance Derived(string lines, string text) => new(ProvenanceKind.Derived, lines + ": " + text);

    /// <summary>A labelled assumption.</summary>
    /// <param name="why">One sentence why this value.</param>
    public static Provenance Assumption(string why) => new(ProvenanceKind.Assumption, why);

    /// <summary>The stated calibration target every <see cref="ProvenanceKind.Calibrated"/> value is tuned to.</summary>
    public const string CalibrationTarget = "calibrated to the DE row of table 6.1, L4365; the value itself is not in the study";

    /// <summary>A former assumption whose value was tuned to <see cref="CalibrationTarget"/> (a fit to a published aggregate, not a study figure).</summary>
    /// <param name="was">The previous assumed value.</param>
    /// <param name="why">Which published pattern the change moves towards, and the original reasoning.</param>
    public static Provenance Calibrated(string was, string why) => new(ProvenanceKind.Calibrated, $"{CalibrationTarget} (was {was}): {why}");

    /// <summary>The calibration target of parameters tuned to the study's qualitative refusal reasons rather than to a count.</summary>
    public const string RefusalReasonsTarget = "calibrated to the study's qualitative list of main refusal reasons (L181-189): a rare cause of refusal must stay rare; no count is printed";

    /// <summary>A parameter tuned so that a cause of refusal the study does not list among its main reasons (L181-189) stays rare.</summary>
    /// <param name="was">The value before calibration.</param>
    /// <param name="why">Why, with the study lines.</param>
    public static Provenance CalibratedToRefusalReasons(string was, string why) => new(ProvenanceKind.Calibrated, $"{RefusalReasonsTarget} (was {was}): {why}");

    /// <summary>A caller's override.</summary>
    /// <param name="why">Why the caller changed the value.</param>
    public static Provenance Override(string why) => new(ProvenanceKind.Override, why);

    /// <inheritdoc />
    public override string ToString() => Kind + ": " + Text;
}
