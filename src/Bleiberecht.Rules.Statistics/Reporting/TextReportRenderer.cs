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
        sb.Append("Bleiberecht statistics — ").Append(report.Source).Append('\n');
        sb.Append("Run: ").Append(report.Metadata.ToLine()).Append('\n').Append("Data sha256: ").Append(report.Metadata.DataSha256).Append('\n').Append('\n');
        sb.Append("Table 6.1 with recomputed percentages (printed | recomputed, round half up)\n");
        string[] header = ["Land", "Lbl", "Line", "Duldungen", "Anträge", "%Dul pr", "%Dul re", "AE", "%AE pr", "%AE re", "Arbeitss.", "Ablehn.", "offen", "Permit/appl. [Wilson 95%]", "[Clopper-Pearson 95%]", "Permit/decided [Wilson 95%]", "Refusal", "Undecided (backlog)"];
        var rows = report.Rows.Select(r => new[]
        {
            r.LandIso, r.PrintedLabel, "L" + r.SourceLine.ToString(Inv), N(r.Duldungen), N(r.Antraege), D(r.AntraegePctPrinted), D(r.AntraegePctRecomputed),
            N(r.Aufenthaltserlaubnisse), D(r.AePctPrinted), D(r.AePctRecomputed), N(r.DuldungArbeitssuche), N(r.Ablehnung), N(r.Offen),
            Rate(r.PermitRate, r.PermitRate.Wilson), Ci(r.PermitRate.ClopperPearson), Rate(r.DecidedPermitRate, r.DecidedPermitRate.Wilson), Rate(r.RefusalRate, null), Rate(r.UndecidedShare, null),
        }).ToList();
        AppendTable(sb, header, rows);

        sb.Append('\n').Append("DE printed total vs sum of Länder (k.A. = 0)\n");
        AppendTable(sb, ["Column", "Printed", "Σ Länder", "Agrees"],
            report.FederalTotals.Select(t => new[] { t.Column, N(t.Printed), N(t.Recomputed), t.Agrees ? "yes" : "NO" }).ToList());

        var inf = report.Inference;
        AppendComparison(sb, inf.PerApplication, "per application (permits / applications; mixes approval with backlog)");
        AppendComparison(sb, inf.Decided, "per decided case (permits / (permits + refusals); backlog removed)");
        if (inf.DesignEffect > 1)
        {
            sb.Append(string.Create(Inv, $"Assumed design effect D = {inf.DesignEffect:0.##}: chi2 / D, z / sqrt(D), pairwise intervals on n / D (an assumption, not an estimate).\n"));
        }

        var s = inf.ApplicationRateVsPermitsPerDuldung;
        sb.Append(string.Create(Inv, $"Spearman applications/Duldungen vs permits/Duldungen: rho = {s.Rho:F3}, n = {s.N}, t = {s.T:F2}, p = {P(s.PValue)}\n"));
        var b = inf.PermitRateVsUndecidedShare;
        sb.Append(string.Create(Inv, $"Spearman permits/applications vs undecided/applications (backlog): rho = {b.Rho:F3}, n = {b.N}, t = {b.T:F2}, p = {P(b.PValue)}\n"));
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

    private static void AppendComparison(StringBuilder sb, RateComparison c, string title)
    {
        var h = c.Homogeneity;
        var re = c.Heterogeneity;
        sb.Append('\n').Append("Permit rate ").Append(title).Append(string.Create(Inv, $", {c.Laender.Count} Länder\n"));
        sb.Append(string.Create(Inv, $"  Homogeneity (Pearson chi-square, {c.Laender.Count} x 2): chi2 = {h.ChiSquare:F1}, df = {h.DegreesOfFreedom}, p = {TailProbability.Format(h.Log10PValue)}, Cramér's V = {h.CramersV:F4} [{h.CramersVInterval.Lower:F4}, {h.CramersVInterval.Upper:F4}] (noncentral chi-square 95%), N = {h.Total:N0}, min expected = {h.MinExpected:F1}\n"));
        sb.Append(string.Create(Inv, $"  Random effects (DerSimonian-Laird, logit scale): tau2 = {re.Tau2:F4}, tau = {re.Tau:F3}, I2 = {re.I2:P1}, Q = {re.Q:F1} (p = {TailProbability.Format(re.Log10QPValue)}); typical Land {re.Mean:P1} [{re.MeanInterval.Lower:P1}, {re.MeanInterval.Upper:P1}], 95% prediction interval for a Land {re.PredictionInterval.Lower:P1} to {re.PredictionInterval.Upper:P1}\n"));
        var ranking = c.Pairwise.SelectMany(p => new[] { (p.LandA, p.RateA), (p.LandB, p.RateB) }).Distinct().OrderByDescending(x => x.Item2).Select((x, i) => string.Create(Inv, $"{i + 1}. {x.Item1} {x.Item2:P1}"));
        sb.Append("  Ranking: ").Append(string.Join(", ", ranking)).Append('\n');
        sb.Append(string.Create(Inv, $"  Pairwise two-proportion z-tests: {c.Pairwise.Count} pairs, {c.SignificantPairs} significant after Holm adjustment (family-wise alpha 0.05); differences with Newcombe 95% intervals\n"));
        foreach (var p in c.Pairwise.Where(p => !p.SignificantAt05).OrderBy(p => p.Log10HolmAdjustedP))
        {
            sb.Append(string.Create(Inv, $"    not significant: {p.LandA} {p.RateA:P1} vs {p.LandB} {p.RateB:P1}: diff {100 * p.Difference:F1} pp [{100 * p.DifferenceInterval.Lower:F1}, {100 * p.DifferenceInterval.Upper:F1}], z = {p.Z:F2}, p = {TailProbability.Format(p.Log10PValue)}, Holm p = {TailProbability.Format(p.Log10HolmAdjustedP)}\n"));
        }
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

    private static string P(double p) => TailProbability.Format(Math.Log10(p));

    private static string Rate(RateEstimate r, ConfidenceInterval? ci)
        => r.Estimate is not { } e ? "absent: " + r.AbsentReason
            : ci is null ? e.ToString("P1", Inv) : e.ToString("P1", Inv) + " " + Ci(ci);

    private static string Ci(ConfidenceInterval? ci) => ci is null ? "-" : string.Create(Inv, $"[{ci.Lower:P1}, {ci.Upper:P1}]");
}
