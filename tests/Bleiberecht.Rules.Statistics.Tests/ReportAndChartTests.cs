using System.Text.Json;
using Bleiberecht.Rules.Charts;
using Bleiberecht.Rules.Statistics.Reporting;

namespace Bleiberecht.Rules.Statistics.Tests;

public sealed class ReportAndChartTests : IDisposable
{
    private static readonly StatisticsReport Report = StatisticsReport.Build();
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "bleiberecht-stats-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public void Report_has_16_Laender_then_DE_with_printed_and_recomputed_percentages()
    {
        Assert.Equal(17, Report.Rows.Count);
        Assert.Equal("DE", Report.Rows[^1].LandIso);
        var sl = Report.Rows.Single(r => r.LandIso == "SL");
        Assert.Equal(6.0m, sl.AePctPrinted);
        Assert.Equal(6.0m, sl.AePctRecomputed);
        Assert.Equal(47.0 / 788.0, sl.PermitRate.Estimate!.Value, 12);
    }

    [Fact]
    public void Missing_inputs_give_absent_metrics_with_reasons()
    {
        var rp = Report.Rows.Single(r => r.LandIso == "RP");
        Assert.Null(rp.RefusalRate.Estimate);
        Assert.NotNull(rp.RefusalRate.AbsentReason);
        Assert.Null(rp.UndecidedShare.Estimate);
        Assert.NotNull(rp.PermitRate.Estimate);
    }

    [Fact]
    public void Federal_totals_keep_printed_and_recomputed_Ablehnung()
    {
        var ab = Report.FederalTotals.Single(t => t.Column == "Ablehnung");
        Assert.Equal((7885, 8351, false), (ab.Printed, ab.Recomputed, ab.Agrees));
    }

    [Fact]
    public void Inference_covers_all_pairs_and_contradiction_caveats_travel()
    {
        Assert.Equal(120, Report.Inference.PerApplication.Pairwise.Count);
        Assert.Equal(15, Report.Inference.PerApplication.Homogeneity.DegreesOfFreedom);
        Assert.Equal(105, Report.Inference.Decided.Pairwise.Count);
        Assert.Equal(14, Report.Inference.Decided.Homogeneity.DegreesOfFreedom);
        Assert.Equal(16, Report.Inference.ApplicationRateVsPermitsPerDuldung.N);
        Assert.Contains(Report.Rows.Single(r => r.LandIso == "HH").PermitRate.Caveats, c => c.Contains("DQ-03", StringComparison.Ordinal));
        Assert.Contains(Report.Rows.Single(r => r.LandIso == "NI").FindingIds, id => id == "DQ-04");
    }

    // Caveats are scoped to the number: Bayern's permit rate is not about DQ-35 (foreign share) or DQ-08 (München's
    // ranking claim); Rheinland-Pfalz's permit rate says its backlog is unknown (two k.A. cells, L4355).
    [Fact]
    public void Rate_caveats_cite_only_findings_about_that_number()
    {
        var by = Report.Rows.Single(r => r.LandIso == "BY");
        Assert.Contains("DQ-08", by.FindingIds);
        Assert.DoesNotContain(by.PermitRate.Caveats, c => c.Contains("DQ-35", StringComparison.Ordinal) || c.Contains("DQ-08", StringComparison.Ordinal));
        Assert.Contains(by.PermitRate.Caveats, c => c.Contains("DQ-09", StringComparison.Ordinal));
        var rp = Report.Rows.Single(r => r.LandIso == "RP");
        Assert.Contains(rp.PermitRate.Caveats, c => c.Contains("undecided k.A.", StringComparison.Ordinal));
        Assert.Contains("k.A.", rp.DecidedPermitRate.AbsentReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_contains_rows_findings_and_nulls_for_missing()
    {
        using var doc = JsonDocument.Parse(JsonReportRenderer.Render(Report));
        var root = doc.RootElement;
        Assert.Equal(17, root.GetProperty("rows").GetArrayLength());
        Assert.Equal(Report.Findings.Count, root.GetProperty("findings").GetArrayLength());
        var be = root.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("landIso").GetString() == "BE");
        Assert.Equal(JsonValueKind.Null, be.GetProperty("offen").ValueKind);
        Assert.Equal("Warning", root.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("id").GetString() == "DQ-05" && f.GetProperty("severity").GetString() != "Pass").GetProperty("severity").GetString());
    }

    [Fact]
    public void Text_report_lists_Laender_totals_tests_and_findings()
    {
        var text = TextReportRenderer.Render(Report);
        Assert.Contains("SN    SA", text, StringComparison.Ordinal);
        Assert.Contains("k.A.", text, StringComparison.Ordinal);
        Assert.Contains("Cramér's V", text, StringComparison.Ordinal);
        Assert.Contains("Spearman", text, StringComparison.Ordinal);
        Assert.Contains("DQ-41", text, StringComparison.Ordinal);
        Assert.Contains("8,351", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Permit_rate_chart_renders_png_and_svg_headless_and_in_memory()
    {
        var paths = PermitRateChart.WriteAll(Report, _dir);
        AssertPng(paths[0]);
        Assert.Contains("<svg", File.ReadAllText(paths[1]), StringComparison.Ordinal);
        var svg = PermitRateChart.ToSvg(Report);
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("backlog", svg, StringComparison.Ordinal);
        Assert.Contains(Report.Metadata.DataSha256[..12], svg, StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, PermitRateChart.ToPng(Report)[..4]);
    }

    // The asterisk follows the permit-rate caveats: Bayern's rate is concerned by DQ-09 (permits after 31.8.2007),
    // Baden-Württemberg's by none, so not every bar carries a warning.
    [Fact]
    public void Permit_rate_chart_marks_only_Laender_whose_permit_rate_a_finding_concerns()
    {
        var marked = Report.Rows.Where(r => r.LandIso != "DE").Where(PermitRateChart.Marked).Select(r => r.LandIso).ToHashSet();
        Assert.Contains("BY", marked);
        Assert.DoesNotContain("BW", marked);
        Assert.DoesNotContain("RP", marked);
        Assert.True(marked.Count < 14);
    }

    [Fact]
    public void Discretion_effect_chart_draws_paired_differences_with_a_synthetic_subtitle()
    {
        DiscretionEffectProfile[] profiles =
        [
            new("base", new(0.2), new(0.4), new(0.2), new(0.2)),
            new("strict", new(0.1, 0.05, 0.15, -0.1, -0.12, -0.08), new(0.5), new(0.3, 0.25, 0.35, 0.1, 0.08, 0.12), new(0.1)),
            new("generous", new(0.5), new(0.3), new(0.05), new(0.15)),
        ];
        var paths = DiscretionEffectChart.WriteAll(profiles, _dir, "1,000 households, seed 3");
        AssertPng(paths[0]);
        var svg = DiscretionEffectChart.ToSvg(profiles, "1,000 households, seed 3");
        Assert.Contains("synthetic population, not published figures", svg, StringComparison.Ordinal);
        Assert.Contains("seed 3", svg, StringComparison.Ordinal);
        Assert.Contains("Difference to base", svg, StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, DiscretionEffectChart.ToPng(profiles)[..4]);
        Assert.Throws<ArgumentException>(() => DiscretionEffectChart.Write([], Path.Combine(_dir, "x.png"), ChartFormat.Png));
        Assert.Throws<ArgumentException>(() => DiscretionEffectChart.Write([profiles[0]], Path.Combine(_dir, "x.png"), ChartFormat.Png));
    }

    private static void AssertPng(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 1000);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
    }
}
