using System.Globalization;
using System.Text;
using Bleiberecht.Rules.Statistics.Inference;
using Bleiberecht.Rules.Statistics.Validation;

namespace Bleiberecht.Rules.Statistics.Reporting;

/// <summary>Renders a <see cref="StatisticsReport"/> as aligned plain text (invariant culture). "k.A." marks missing values.</summary>
public static class TextReportRenderer
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Renders the full report.</summary>
    /// <param name="report">The report.</param>
    public static string Render(StatisticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        sb.Append("Bleiberecht statistics — ").Append(report.Source).Append('\n').Append('\n');
        sb.Append("Table 6.1 with recomputed percentages (printed | recomputed, round half up)\n");
        string[] header = ["Land", "Lbl", "Line", "Duldungen", "Anträge", "%Dul pr", "%Dul re", "AE", "%AE pr", "%AE re", "Arbeitss.", "Ablehn.", "offen", "Permit rate [Wilson 95%]", "[Clopper-Pearson 95%]", "Refusal", "Undecided"];
        var rows = report.Rows.Select(r => new[]
        {
            r.LandIso, r.PrintedLabel, "L" + r.SourceLine.ToString(Inv), N(r.Duldungen), N(r.Antraege), D(r.AntraegePctPrinted), D(r.AntraegePctRecomputed),
            N(r.Aufenthaltserlaubnisse), D(r.AePctPrinted), D(r.AePctRecomputed), N(r.DuldungArbeitssuche), N(r.Ablehnung), N(r.Offen),
            Rate(r.PermitRate, r.PermitRate.Wilson), Ci(r.PermitRate.ClopperPearson), Rate(r.RefusalRate, null), Rate(r.UndecidedShare, null),
        }).ToList();
        AppendTable(sb, header, rows);

        sb.Append('\n').Append("DE printed total vs sum of Länder (k.A. = 0)\n");
        AppendTable(sb, ["Column", "Printed", "Σ Länder", "Agrees"],
            report.FederalTotals.Select(t => new[] { t.Column, N(t.Printed), N(t.Recomputed), t.Agrees ? "yes" : "NO" }).ToList());

        var inf = report.Inference;
        var h = inf.PermitHomogeneity;
        sb.Append('\n').Append("Homogeneity of the permit rate across the Länder (Pearson chi-square, 16 x 2)\n");
        sb.Append(string.Create(Inv, $"  chi2 = {h.ChiSquare:F1}, df = {h.DegreesOfFreedom}, p = {P(h.PValue)}, Cramér's V = {h.CramersV:F3}, N = {h.Total:N0}, min expected = {h.MinExpected:F1}\n"));
        sb.Append(string.Create(Inv, $"Pairwise two-proportion z-tests: {inf.Pairwise.Count} pairs, {inf.SignificantPairs} significant after Holm adjustment (family-wise alpha 0.05)\n"));
        foreach (var p in inf.Pairwise.Where(p => !p.SignificantAt05).OrderBy(p => p.HolmAdjustedP))
        {
            sb.Append(string.Create(Inv, $"  not significant: {p.LandA} {p.RateA:P1} vs {p.LandB} {p.RateB:P1}: z = {p.Z:F2}, p = {P(p.PValue)}, Holm p = {P(p.HolmAdjustedP)}\n"));
        }

        var s = inf.ApplicationVsPermitRate;
        sb.Append(string.Create(Inv, $"Spearman application rate vs permit rate: rho = {s.Rho:F3}, n = {s.N}, t = {s.T:F2}, p = {P(s.PValue)}\n"));
        sb.Append("Caveats:\n");
        foreach (var c in inf.Caveats)
        {
            sb.Append("  - ").Append(c).Append('\n');
        }

        sb.Append('\n').Append(string.Create(Inv, $"Data-quality findings ({report.Findings.Count}; ")).Append(string.Join(", ",
            Enum.GetValues<FindingSeverity>().Select(v => string.Create(Inv, $"{v} {report.Findings.Count(f => f.Severity == v)}")))).Append(")\n");
        foreach (var f in report.Findings)
        {
            sb.Append(f.Id).Append(' ').Append(f.Severity.ToString().ToUpperInvariant()).Append(' ')
                .Append(f.LandIso ?? "--").Append(f.Place is null ? string.Empty : "/" + f.Place).Append(": ").Append(f.Message)
                .Append(" [").Append(string.Join(", ", f.SourceLines)).Append("]\n");
            foreach (var c in f.Arithmetic)
            {
                sb.Append("      ").Append(c.Expression).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static void AppendTable(StringBuilder sb, string[] header, List<string[]> rows)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        void Line(string[] cells)
        {
            for (var i = 0; i < cells.Length; i++)
            {
                sb.Append(i <= 1 ? cells[i].PadRight(widths[i]) : cells[i].PadLeft(widths[i]));
                sb.Append(i == cells.Length - 1 ? "\n" : "  ");
            }
        }

        Line(header);
        Line(widths.Select(w => new string('-', w)).ToArray());
        rows.ForEach(Line);
    }

    private static string N(int? v) => v is { } x ? x.ToString("N0", Inv) : "k.A.";

    private static string D(decimal? v) => v is { } x ? x.ToString("0.0", Inv) : "k.A.";

    private static string P(double p) => p == 0 ? "< 1E-16" : p < 1e-4 ? p.ToString("0.0E+0", Inv) : p.ToString("0.0000", Inv);

    private static string Rate(RateEstimate r, ConfidenceInterval? ci)
        => r.Estimate is not { } e ? "absent: " + r.AbsentReason
            : ci is null ? e.ToString("P1", Inv) : e.ToString("P1", Inv) + " " + Ci(ci);

    private static string Ci(ConfidenceInterval? ci) => ci is null ? "-" : string.Create(Inv, $"[{ci.Lower:P1}, {ci.Upper:P1}]");
}
