using Bleiberecht.Rules.Statistics.Reporting;

namespace Bleiberecht.Rules.Statistics.Gap;

/// <summary>
/// Tidy CSV of a <see cref="PermitGap"/>: one row per estimate (published and coded, per application and per decided
/// case, the shares of the gap), per differing option and per finding.
/// </summary>
public static class PermitGapCsvRenderer
{
    /// <summary>The data columns, in order (metadata columns follow).</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["section", "view", "land", "metric", "estimate", "lower", "upper", "interval_method", "numerator", "denominator", "units", "option", "value_a", "value_b", "finding_id", "severity", "message"];

    /// <summary>Renders the gap.</summary>
    /// <param name="gap">The gap.</param>
    /// <param name="metadata">Run metadata.</param>
    public static string Render(PermitGap gap, RunMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(gap);
        var csv = new TidyCsv(Columns, metadata);
        void Est(string section, string view, string? land, string metric, double? estimate, double? lower, double? upper, string? method, string? units = null, int? num = null, int? den = null)
            => csv.Row(new Dictionary<string, string?>
            {
                ["section"] = section, ["view"] = view, ["land"] = land, ["metric"] = metric, ["estimate"] = TidyCsv.Num(estimate),
                ["lower"] = TidyCsv.Num(lower), ["upper"] = TidyCsv.Num(upper), ["interval_method"] = method, ["units"] = units,
                ["numerator"] = TidyCsv.Int(num), ["denominator"] = TidyCsv.Int(den),
            });
        foreach (var r in new[] { gap.PublishedA, gap.PublishedB, gap.DecidedA, gap.DecidedB, gap.UndecidedA, gap.UndecidedB })
        {
            var land = ReferenceEquals(r, gap.PublishedA) || ReferenceEquals(r, gap.DecidedA) || ReferenceEquals(r, gap.UndecidedA) ? gap.LandA : gap.LandB;
            Est("published", r.Metric == "decided_permit_rate" ? "decided" : "per_application", land, r.Metric, r.Estimate, r.Wilson?.Lower, r.Wilson?.Upper,
                r.Wilson is null ? null : "Wilson", "applications", r.Numerator, r.Denominator);
        }

        var pair = gap.LandB + "-" + gap.LandA;
        Est("published", "per_application", pair, "difference", gap.PublishedDifference, gap.PublishedDifferenceInterval.Lower, gap.PublishedDifferenceInterval.Upper, "NewcombeHybridScore", "applications");
        Est("published", "decided", pair, "difference", gap.PublishedDecidedDifference, gap.PublishedDecidedDifferenceInterval?.Lower, gap.PublishedDecidedDifferenceInterval?.Upper,
            gap.PublishedDecidedDifferenceInterval is null ? null : "NewcombeHybridScore", "decided applications");
        Est("published", "excluding_undecided", pair, "difference", gap.PublishedDifferenceExcludingUndecided, null, null, null, "applications minus undecided");
        var c = gap.Coded;
        Est("coded", "per_person", gap.LandA, "permit_share", c.ShareA, c.LowerA, c.UpperA, "bootstrap (simulation noise)", "persons");
        Est("coded", "per_person", gap.LandB, "permit_share", c.ShareB, c.LowerB, c.UpperB, "bootstrap (simulation noise)", "persons");
        Est("coded", "per_person", pair, "difference", c.Difference, c.DifferenceLower, c.DifferenceUpper, "paired bootstrap (simulation noise)", "persons");
        if (gap.CodedDecided is { } d)
        {
            Est("coded", "decided", gap.LandA, "permit_share", d.ShareA, d.LowerA, d.UpperA, "bootstrap (simulation noise)", "decided persons");
            Est("coded", "decided", gap.LandB, "permit_share", d.ShareB, d.LowerB, d.UpperB, "bootstrap (simulation noise)", "decided persons");
            Est("coded", "decided", pair, "difference", d.Difference, d.DifferenceLower, d.DifferenceUpper, "paired bootstrap (simulation noise)", "decided persons");
        }

        foreach (var (view, s) in new[] { ("per_application", gap.CodedShareOfGapBounds), ("decided", gap.CodedShareOfDecidedGap) })
        {
            if (s is not null)
            {
                Est("share_of_gap", view, pair, "coded_over_published", s.Share, s.Lower, s.Upper, "interval corners (conservative)", s.Units);
            }
        }

        foreach (var o in gap.DifferingOptions)
        {
            csv.Row(new Dictionary<string, string?>
            {
                ["section"] = "option", ["option"] = o.OptionId, ["value_a"] = o.ValueA, ["value_b"] = o.ValueB,
                ["message"] = !o.Encoded ? "procedural: no effect on decisions" : o.SameEffect ? "same rule parameters: no effect" : "encoded",
            });
        }

        foreach (var f in gap.Findings)
        {
            csv.Row(new Dictionary<string, string?>
            {
                ["section"] = "finding", ["land"] = f.LandIso, ["finding_id"] = f.Id, ["severity"] = f.Severity.ToString(), ["message"] = f.Message,
            });
        }

        return csv.ToString();
    }
}
