using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-36: rates with different definitions under similar names. Each printed rate is tested against candidate
/// definitions (explicit numerator and denominator); the matching one is reported and contrasted with the federal
/// "Anerkennungsquote" = AE / Anträge (table 6.1; Berlin L790, Saarland L2779-2781).
/// </summary>
internal sealed class Dq36RateDefinitions : DataQualityCheck
{
    public override string Id => "DQ-36";

    public override string Title => "Rates with different definitions under similar names";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var findings = new List<DataQualityFinding>();

        void Rate(string land, string? place, string name, string rateMetric, decimal tol, SourceLineRange lines, params (string Label, string[] Num, string[] Den)[] candidates)
        {
            var fig = data.Chapters.Require(place ?? name, rateMetric);
            decimal Sum(string[] ms) => ms.Sum(m => V(data, place ?? name, m));
            var calcs = candidates.Select(c => Calc.Percentage(Sum(c.Num), Sum(c.Den), fig.Number!.Value, tol, "printed, if rate = " + c.Label)).ToArray();
            var match = Array.FindIndex(calcs, c => c.Holds);
            findings.Add(F(match == 0 ? FindingSeverity.Pass : FindingSeverity.Warning, land, place,
                name + " '" + rateMetric + "': " + (match < 0 ? "no candidate definition reproduces it." : "defined as " + candidates[match].Label + (match == 0 ? " (federal definition)." : ", not the federal AE / Anträge.")),
                calcs, lines, fig.Source));
        }

        Rate("BE", null, "Berlin", "ae_share_of_applications_pct", 0.05m, L(790), ("AE / Anträge", ["ae_granted"], ["applications"]));
        Rate("BB", "Landkreis Oder-Spree", "Landkreis Oder-Spree", "positive_rate_pct", 5m, L(1093, 1094),
            ("AE / Anträge", ["ae_granted"], ["applications"]), ("AE / (Anträge − withdrawn − settled)", ["ae_granted"], ["remaining_applications"]));
        Rate("SH", "Kiel", "Kiel", "processed_share_pct", 0.5m, L(3274, 3275),
            ("final decisions (AE + rejected) / Anträge", ["ae_granted", "rejected"], ["applications"]), ("(AE + rejected + interim Duldungen) / Anträge", ["ae_granted", "rejected", "duldung_job_search"], ["applications"]));
        Rate("HE", "Wiesbaden", "Wiesbaden", "ae_share_of_applications_pct", 1m, L(1680, 1682),
            ("AE / Anträge", ["ae_granted"], ["applications"]), ("decided (AE + rejected) / Anträge", ["ae_granted", "rejected"], ["applications"]));
        Rate("BY", null, "Bayern", "processed_share_pct", 0.5m, L(619, 620),
            ("(AE + Duldungen + rejected) / Anträge", ["ae_granted", "duldung_job_search", "rejected"], ["applications"]), ("(AE + Duldungen) / Anträge, rejections excluded", ["ae_granted", "duldung_job_search"], ["applications"]));
        findings.Add(F(FindingSeverity.Info, "BW", "Freiburg im Breisgau", "Freiburg's 'Bewilligungsrate' is called 'relativ hoch' without a definition (see DQ-22).",
            [Calc.Statement("no printed numerator/denominator", false)], L(482, 483)));
        return findings;
    }
}
