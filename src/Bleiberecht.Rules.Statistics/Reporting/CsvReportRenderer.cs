using Bleiberecht.Rules.Statistics.Inference;

namespace Bleiberecht.Rules.Statistics.Reporting;

/// <summary>
/// Tidy long-format CSV of a <see cref="StatisticsReport"/> for R, Python and DataFrame users: one row per estimate
/// (Land × rate), per test, per heterogeneity quantity, per pairwise difference, per correlation and per finding,
/// distinguished by <c>section</c>. A p-value below the double range is an empty <c>p_value</c> with its
/// <c>log10_p_value</c>; no p-value is written as 0.
/// </summary>
public static class CsvReportRenderer
{
    /// <summary>The data columns, in order (the metadata columns of <see cref="TidyCsv.MetadataColumns"/> follow).</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "section", "view", "land_a", "land_b", "metric", "estimate", "lower", "upper", "interval_method", "numerator", "denominator",
        "statistic", "df", "p_value", "log10_p_value", "holm_p_value", "log10_holm_p_value", "finding_id", "severity", "place", "message",
        "source", "caveats",
    ];

    /// <summary>Renders the report.</summary>
    /// <param name="report">The report.</param>
    public static string Render(StatisticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new TidyCsv(Columns, report.Metadata);
        foreach (var r in report.Rows)
        {
            foreach (var rate in new[] { r.ApplicationRate, r.PermitRate, r.DecidedPermitRate, r.RefusalRate, r.UndecidedShare })
            {
                csv.Row(new Dictionary<string, string?>
                {
                    ["section"] = "rate", ["view"] = rate.Metric == "decided_permit_rate" ? "decided" : "per_application", ["land_a"] = r.LandIso,
                    ["metric"] = rate.Metric, ["estimate"] = TidyCsv.Num(rate.Estimate), ["lower"] = TidyCsv.Num(rate.Wilson?.Lower),
                    ["upper"] = TidyCsv.Num(rate.Wilson?.Upper), ["interval_method"] = rate.Wilson is null ? null : "Wilson",
                    ["numerator"] = TidyCsv.Int(rate.Numerator), ["denominator"] = TidyCsv.Int(rate.Denominator),
                    ["message"] = rate.AbsentReason ?? rate.Definition, ["source"] = "L" + r.SourceLine.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["caveats"] = string.Join("; ", rate.Caveats),
                });
            }
        }

        foreach (var c in new[] { report.Inference.PerApplication, report.Inference.Decided })
        {
            Comparison(csv, c);
        }

        Correlation(csv, "spearman_applications_per_duldung_vs_permits_per_duldung", report.Inference.ApplicationRateVsPermitsPerDuldung);
        Correlation(csv, "spearman_permit_rate_vs_undecided_share", report.Inference.PermitRateVsUndecidedShare);
        foreach (var f in report.Findings)
        {
            csv.Row(new Dictionary<string, string?>
            {
                ["section"] = "finding", ["land_a"] = f.LandIso, ["finding_id"] = f.Id, ["severity"] = f.Severity.ToString(), ["place"] = f.Place,
                ["message"] = f.Message, ["source"] = string.Join("; ", f.SourceLines), ["caveats"] = string.Join("; ", f.Arithmetic.Select(a => a.Expression)),
            });
        }

        return csv.ToString();
    }

    private static void Comparison(TidyCsv csv, RateComparison c)
    {
        var h = c.Homogeneity;
        csv.Row(new Dictionary<string, string?>
        {
            ["section"] = "homogeneity", ["view"] = c.View, ["metric"] = "cramers_v", ["estimate"] = TidyCsv.Num(h.CramersV),
            ["lower"] = TidyCsv.Num(h.CramersVInterval.Lower), ["upper"] = TidyCsv.Num(h.CramersVInterval.Upper), ["interval_method"] = h.CramersVInterval.Method.ToString(),
            ["denominator"] = TidyCsv.Int(h.Total), ["statistic"] = TidyCsv.Num(h.ChiSquare), ["df"] = TidyCsv.Int(h.DegreesOfFreedom),
            ["p_value"] = TidyCsv.Num(h.PValue), ["log10_p_value"] = TidyCsv.Num(h.Log10PValue), ["message"] = "Pearson chi-square, " + c.Definition,
            ["caveats"] = h.DesignEffect > 1 ? "design effect " + TidyCsv.Num(h.DesignEffect) + " assumed" : null,
        });
        var re = c.Heterogeneity;
        void Re(string metric, double estimate, ConfidenceInterval? ci, string? message = null) => csv.Row(new Dictionary<string, string?>
        {
            ["section"] = "heterogeneity", ["view"] = c.View, ["metric"] = metric, ["estimate"] = TidyCsv.Num(estimate),
            ["lower"] = TidyCsv.Num(ci?.Lower), ["upper"] = TidyCsv.Num(ci?.Upper), ["interval_method"] = ci?.Method.ToString(),
            ["message"] = message ?? "DerSimonian-Laird random effects on the logit scale",
        });
        Re("tau2", re.Tau2, null);
        Re("tau", re.Tau, null);
        Re("i2", re.I2, null);
        csv.Row(new Dictionary<string, string?>
        {
            ["section"] = "heterogeneity", ["view"] = c.View, ["metric"] = "cochran_q", ["statistic"] = TidyCsv.Num(re.Q), ["df"] = TidyCsv.Int(re.Studies - 1),
            ["p_value"] = TidyCsv.Num(TailProbability.FromLog10(re.Log10QPValue)), ["log10_p_value"] = TidyCsv.Num(re.Log10QPValue),
        });
        Re("mean", re.Mean, re.MeanInterval, "random-effects mean, back-transformed");
        Re("prediction", re.Mean, re.PredictionInterval, "95 % prediction interval for a new Land (Higgins, Thompson & Spiegelhalter 2009)");
        foreach (var p in c.Pairwise)
        {
            csv.Row(new Dictionary<string, string?>
            {
                ["section"] = "pair", ["view"] = c.View, ["land_a"] = p.LandA, ["land_b"] = p.LandB, ["metric"] = "difference",
                ["estimate"] = TidyCsv.Num(p.Difference), ["lower"] = TidyCsv.Num(p.DifferenceInterval.Lower), ["upper"] = TidyCsv.Num(p.DifferenceInterval.Upper),
                ["interval_method"] = p.DifferenceInterval.Method.ToString(), ["statistic"] = TidyCsv.Num(p.Z), ["p_value"] = TidyCsv.Num(p.PValue),
                ["log10_p_value"] = TidyCsv.Num(p.Log10PValue), ["holm_p_value"] = TidyCsv.Num(p.HolmAdjustedP), ["log10_holm_p_value"] = TidyCsv.Num(p.Log10HolmAdjustedP),
                ["message"] = "rate A " + TidyCsv.Num(p.RateA) + ", rate B " + TidyCsv.Num(p.RateB),
            });
        }
    }

    private static void Correlation(TidyCsv csv, string metric, SpearmanCorrelation s) => csv.Row(new Dictionary<string, string?>
    {
        ["section"] = "correlation", ["metric"] = metric, ["estimate"] = TidyCsv.Num(s.Rho), ["denominator"] = TidyCsv.Int(s.N),
        ["statistic"] = TidyCsv.Num(s.T), ["df"] = TidyCsv.Int(s.N - 2), ["p_value"] = TidyCsv.Num(s.PValue),
        ["log10_p_value"] = TidyCsv.Num(Math.Log10(s.PValue)), ["message"] = "Spearman rho, t approximation; n small, descriptive only",
    });
}
