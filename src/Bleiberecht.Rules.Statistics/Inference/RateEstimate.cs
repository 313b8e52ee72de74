namespace Bleiberecht.Rules.Statistics.Inference;

/// <summary>
/// A rate with an explicit numerator and denominator (DQ-36) and its intervals. When an input is missing ("k.A.") the
/// estimate is absent and <see cref="AbsentReason"/> says why; it is never reported as zero.
/// </summary>
/// <param name="Metric">Metric id (<c>application_rate</c>, <c>permit_rate</c>, <c>refusal_rate</c>, <c>undecided_share</c>).</param>
/// <param name="Definition">Numerator / denominator in words, e.g. "Aufenthaltserlaubnisse / Anträge".</param>
/// <param name="Numerator">Numerator count, null if missing.</param>
/// <param name="Denominator">Denominator count, null if missing.</param>
/// <param name="Estimate">Point estimate in [0, 1], null when absent.</param>
/// <param name="Wilson">Wilson 95 % interval, null when absent.</param>
/// <param name="ClopperPearson">Clopper–Pearson 95 % interval, null when absent.</param>
/// <param name="AbsentReason">Why the estimate is absent; null when present.</param>
/// <param name="Caveats">Unit or definition caveats that travel with the number.</param>
public sealed record RateEstimate(
    string Metric,
    string Definition,
    int? Numerator,
    int? Denominator,
    double? Estimate,
    ConfidenceInterval? Wilson,
    ConfidenceInterval? ClopperPearson,
    string? AbsentReason,
    IReadOnlyList<string> Caveats)
{
    /// <summary>Builds an estimate, or an absent one with a reason when a count is missing or the ratio is not a proportion.</summary>
    /// <param name="metric">Metric id.</param>
    /// <param name="definition">Numerator / denominator in words.</param>
    /// <param name="numerator">Numerator, null = k.A.</param>
    /// <param name="denominator">Denominator, null = k.A.</param>
    /// <param name="caveats">Caveats.</param>
    public static RateEstimate Create(string metric, string definition, int? numerator, int? denominator, IReadOnlyList<string> caveats)
    {
        string? reason = (numerator, denominator) switch
        {
            (null, _) => "numerator not published (k.A.)",
            (_, null) => "denominator not published (k.A.)",
            (_, 0) => "denominator is zero",
            ({ } k, { } n) when k > n => "numerator exceeds denominator (different counting units)",
            _ => null,
        };
        if (reason is not null)
        {
            return new RateEstimate(metric, definition, numerator, denominator, null, null, null, reason, caveats);
        }

        var kk = numerator!.Value;
        var nn = denominator!.Value;
        return new RateEstimate(metric, definition, kk, nn, (double)kk / nn,
            ProportionIntervals.Wilson(kk, nn), ProportionIntervals.ClopperPearson(kk, nn), null, caveats);
    }
}
