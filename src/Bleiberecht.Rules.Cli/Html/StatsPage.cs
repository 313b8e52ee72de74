using System.Globalization;
using System.Text;
using Bleiberecht.Rules.Statistics.Inference;
using Bleiberecht.Rules.Statistics.Reporting;

namespace Bleiberecht.Rules.Cli.Html;

/// <summary>
/// <c>stats --html</c>: the statistics report as a self-contained page — table 6.1 with printed and recomputed
/// percentages, the four rates with Wilson and Clopper–Pearson intervals, the inference summary, the federal totals
/// and every data-quality finding with its source lines. Charts come in as SVG markup through
/// the <c>charts</c> parameter of <see cref="Render"/>.
/// </summary>
internal static class StatsPage
{
    /// <summary>The page.</summary>
    /// <param name="report">The report.</param>
    /// <param name="charts">
    /// CHART HOOK: titled SVG documents to embed inline (from the charts project's <c>ToSvg()</c>, our own trusted
    /// markup, so not escaped). Empty until the charts project lands; the page then says where the charts are.
    /// </param>
    public static string Render(StatisticsReport report, IReadOnlyList<(string Title, string Svg)>? charts = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        HtmlText.Open(sb, "en", "Bleiberecht: statistics of the 2008 study");
        sb.Append("<h1>Statistics: table 6.1 of the 2008 study</h1>\n<p class=\"note\">").Append(HtmlText.Escape(report.Source))
          .Append(". Printed values are never altered; recomputed percentages stand beside them. Findings travel with the numbers.</p>\n");

        sb.Append("<h2 id=\"table\">Applications and permits by Land</h2>\n<div class=\"wide\"><table>\n<tr><th>Land</th><th>line</th><th class=\"num\">Duldungen</th><th class=\"num\">Anträge</th><th class=\"num\">% printed</th><th class=\"num\">% recomputed</th>")
          .Append("<th class=\"num\">permits</th><th class=\"num\">% printed</th><th class=\"num\">% recomputed</th><th class=\"num\">job-search Duldung</th><th class=\"num\">refused</th><th class=\"num\">undecided</th><th>findings</th></tr>\n");
        foreach (var r in report.Rows)
        {
            sb.Append("<tr><td>").Append(HtmlText.Escape(r.LandIso)).Append(' ').Append(HtmlText.Escape(r.LandName)).Append("</td><td>L").Append(r.SourceLine.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            Num(sb, r.Duldungen);
            Num(sb, r.Antraege);
            Num(sb, r.AntraegePctPrinted);
            Num(sb, r.AntraegePctRecomputed);
            Num(sb, r.Aufenthaltserlaubnisse);
            Num(sb, r.AePctPrinted);
            Num(sb, r.AePctRecomputed);
            Num(sb, r.DuldungArbeitssuche);
            Num(sb, r.Ablehnung);
            Num(sb, r.Offen);
            sb.Append("<td>").Append(HtmlText.Escape(string.Join(", ", r.FindingIds))).Append("</td></tr>\n");
        }

        sb.Append("</table></div>\n<p class=\"note\">k.A. = not given in the study.</p>\n");

        sb.Append("<h2 id=\"rates\">Rates with 95 % intervals</h2>\n<div class=\"wide\"><table>\n<tr><th>Land</th>");
        foreach (var h in new[] { "application rate", "permit rate", "refusal rate", "undecided share" })
        {
            sb.Append("<th class=\"num\">").Append(h).Append("</th><th>Wilson</th><th>Clopper–Pearson</th>");
        }

        sb.Append("</tr>\n");
        foreach (var r in report.Rows)
        {
            sb.Append("<tr><td>").Append(HtmlText.Escape(r.LandIso)).Append("</td>");
            foreach (var rate in new[] { r.ApplicationRate, r.PermitRate, r.RefusalRate, r.UndecidedShare })
            {
                Rate(sb, rate);
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</table></div>\n");

        var inf = report.Inference;
        sb.Append("<h2 id=\"inference\">Inference across the Länder</h2>\n<ul>\n");
        foreach (var view in new[] { inf.PerApplication, inf.Decided })
        {
            var h = view.Homogeneity;
            var tau = view.Heterogeneity;
            sb.Append(F($"<li><strong>{HtmlText.Escape(view.Definition)}</strong> ({view.Laender.Count} Länder): χ² = {h.ChiSquare:0.0}, df = {h.DegreesOfFreedom}, p = {HtmlText.Escape(TailProbability.Format(h.Log10PValue))}, Cramér's V = {h.CramersV:0.000} [{h.CramersVInterval.Lower:0.000}, {h.CramersVInterval.Upper:0.000}]; τ = {tau.Tau:0.00}, I² = {100 * tau.I2:0.0} %, prediction interval for a Land {100 * tau.PredictionInterval.Lower:0.0}–{100 * tau.PredictionInterval.Upper:0.0} %; pairs differing after Holm: {view.SignificantPairs} of {view.Pairwise.Count}</li>\n"));
        }

        sb.Append(F($"<li>Spearman's ρ of applications / Duldungen and permits / Duldungen: {inf.ApplicationRateVsPermitsPerDuldung.Rho:0.000} (n = {inf.ApplicationRateVsPermitsPerDuldung.N}); of permits / applications and the undecided share: {inf.PermitRateVsUndecidedShare.Rho:0.000} (n = {inf.PermitRateVsUndecidedShare.N})</li>\n"));
        sb          .Append("</ul>\n<ul class=\"note\">\n");
        foreach (var c in inf.Caveats)
        {
            sb.Append("<li>").Append(HtmlText.Escape(c)).Append("</li>\n");
        }

        sb.Append("</ul>\n<h2 id=\"totals\">Federal totals: printed vs sum of the Länder</h2>\n<div class=\"wide\"><table>\n<tr><th>column</th><th class=\"num\">printed</th><th class=\"num\">Σ Länder</th><th>agrees</th></tr>\n");
        foreach (var t in report.FederalTotals)
        {
            sb.Append("<tr><td>").Append(HtmlText.Escape(t.Column)).Append("</td>");
            Num(sb, t.Printed);
            Num(sb, t.Recomputed);
            sb.Append("<td>").Append(t.Agrees ? "yes" : "<strong>no</strong>").Append("</td></tr>\n");
        }

        sb.Append("</table></div>\n");

        sb.Append("<h2 id=\"charts\">Charts</h2>\n");
        if (charts is { Count: > 0 })
        {
            foreach (var (title, svg) in charts)
            {
                sb.Append("<figure>\n").Append(svg).Append("\n<figcaption>").Append(HtmlText.Escape(title)).Append("</figcaption>\n</figure>\n");
            }
        }
        else
        {
            sb.Append("<p class=\"hook\">Charts are written as PNG and SVG files by <code>bleiberecht stats --plot DIR</code>.</p>\n");
        }

        sb.Append(F($"<h2 id=\"findings\">Data-quality findings ({report.Findings.Count})</h2>\n")).Append("<div class=\"wide\"><table>\n<tr><th>id</th><th>severity</th><th>Land</th><th>finding</th><th>lines</th></tr>\n");
        foreach (var f in report.Findings)
        {
            sb.Append("<tr><td class=\"id\">").Append(HtmlText.Escape(f.Id)).Append("</td><td>").Append(HtmlText.Escape(f.Severity.ToString())).Append("</td><td>")
              .Append(HtmlText.Escape(f.LandIso)).Append(f.Place is null ? string.Empty : " " + HtmlText.Escape(f.Place)).Append("</td><td>").Append(HtmlText.Escape(f.Message))
              .Append("</td><td>").Append(HtmlText.Escape(string.Join("; ", f.SourceLines))).Append("</td></tr>\n");
        }

        sb.Append("</table></div>\n");
        HtmlText.Close(sb);
        return sb.ToString();
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static void Num(StringBuilder sb, int? value) =>
        sb.Append("<td class=\"num\">").Append(value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "k.A.").Append("</td>");

    private static void Num(StringBuilder sb, decimal? value) =>
        sb.Append("<td class=\"num\">").Append(value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "k.A.").Append("</td>");

    private static void Rate(StringBuilder sb, RateEstimate rate)
    {
        if (rate.Estimate is not { } estimate)
        {
            sb.Append("<td class=\"num\" title=\"").Append(HtmlText.Escape(rate.AbsentReason)).Append("\">–</td><td></td><td></td>");
            return;
        }

        sb.Append(F($"<td class=\"num\">{estimate * 100:0.0} %</td>"));
        foreach (var ci in new[] { rate.Wilson, rate.ClopperPearson })
        {
            sb.Append(ci is { } c ? F($"<td>{c.Lower * 100:0.0}–{c.Upper * 100:0.0} %</td>") : "<td></td>");
        }
    }
}
