using Bleiberecht.Rules.Statistics.Data;
using Bleiberecht.Rules.Statistics.Inference;
using Bleiberecht.Rules.Statistics.Validation;

namespace Bleiberecht.Rules.Statistics.Reporting;

/// <summary>
/// The statistics module's single output: table 6.1 rows (16 Länder + DE) with printed and recomputed percentages,
/// rates with intervals, cross-Land inference, and every data-quality finding. Findings travel with the numbers.
/// </summary>
/// <param name="Rows">16 Länder in printed order, then DE.</param>
/// <param name="FederalTotals">Printed DE totals vs Σ Länder (DQ-05).</param>
/// <param name="Inference">Cross-Land inference.</param>
/// <param name="Findings">All data-quality findings (DQ-01 … DQ-41).</param>
/// <param name="Source">Citation of the table.</param>
public sealed record StatisticsReport(
    IReadOnlyList<LandReportRow> Rows,
    IReadOnlyList<FederalTotalComparison> FederalTotals,
    InferenceSummary Inference,
    IReadOnlyList<DataQualityFinding> Findings,
    string Source)
{
    private static readonly string[] OutcomeMetrics = ["applications", "ae_granted", "rejected", "undecided", "duldung_job_search"];

    /// <summary>Builds the report from the embedded datasets.</summary>
    public static StatisticsReport Build() => Build(StatisticsDataset.LoadEmbedded());

    /// <summary>Builds the report from the given datasets.</summary>
    /// <param name="data">Datasets.</param>
    public static StatisticsReport Build(StatisticsDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var findings = DataQualityValidator.Run(data);
        var rows = data.Table.Laender.Append(data.Table.FederalTotal).Select(r => BuildRow(data, r, findings)).ToArray();
        var totals = Enum.GetValues<Table61Column>()
            .Where(c => data.Table.FederalTotal.Get(c) is not null)
            .Select(c => new FederalTotalComparison(c.ToString(), data.Table.FederalTotal.Get(c)!.Value, data.Table.Laender.Sum(r => r.Get(c) ?? 0)))
            .ToArray();
        return new StatisticsReport(rows, totals, BuildInference(rows.Where(r => r.LandIso != "DE").ToArray()), findings,
            "Table 6.1, expertise-2008.txt L4320-4369; 'Quelle: BMI BT-Drucksache 16/6832, ergänzt durch ZPKF' (L4367)");
    }

    private static LandReportRow BuildRow(StatisticsDataset data, Table61Row r, IReadOnlyList<DataQualityFinding> findings)
    {
        var ids = findings.Where(f => f.LandIso == r.LandIso && f.Place is null && f.Severity >= FindingSeverity.Warning)
            .Select(f => f.Id).Distinct().Order(StringComparer.Ordinal).ToArray();
        var unitCaveats = UnitCaveats(data, r);
        var common = ids.Length == 0 ? unitCaveats : [.. unitCaveats, "see findings " + string.Join(", ", ids)];
        var permitCaveats = common.ToList();
        if (r.Aufenthaltserlaubnisse is { } ae && r.Ablehnung is { } ab && r.Offen is { } off && r.Antraege is { } a && ae + ab + off > a)
        {
            permitCaveats.Add("permits + rejections + undecided exceed applications (DQ-03): a hard contradiction in the printed row");
        }

        return new LandReportRow(
            r.LandIso, r.PrintedLabel, r.LandName, r.SourceLine,
            r.Duldungen, r.Antraege, r.AntraegePctPrinted, Pct(r.Antraege, r.Duldungen),
            r.Aufenthaltserlaubnisse, r.AePctPrinted, Pct(r.Aufenthaltserlaubnisse, r.Antraege),
            r.DuldungArbeitssuche, r.Ablehnung, r.Offen,
            RateEstimate.Create("application_rate", "Anträge / Duldungen (31.10.2006)", r.Antraege, r.Duldungen, common),
            RateEstimate.Create("permit_rate", "Aufenthaltserlaubnisse / Anträge", r.Aufenthaltserlaubnisse, r.Antraege, permitCaveats),
            RateEstimate.Create("refusal_rate", "Ablehnung / Anträge", r.Ablehnung, r.Antraege,
                r.LandIso == "DE" ? [.. common, "printed DE Ablehnung omits Berlin's 466 (DQ-05)"] : common),
            RateEstimate.Create("undecided_share", "Noch nicht entschieden / Anträge", r.Offen, r.Antraege, common),
            ids);
    }

    /// <summary>Unit caveats: chapter figures that count a table quantity in a different unit (DQ-04, DQ-34).</summary>
    private static IReadOnlyList<string> UnitCaveats(StatisticsDataset data, Table61Row r)
    {
        if (r.IsFederalTotal)
        {
            return ["text counts the federal applications both as 'Anträge' and as 'Personen' (L30, L137-138)"];
        }

        return data.Chapters.All
            .Where(f => f.Scope == FigureScope.Land && f.LandIso == r.LandIso && OutcomeMetrics.Contains(f.Metric) && f.Value is not null)
            .Where(f => f.Metric is "applications" or "rejected" or "undecided" ? f.Unit != CountingUnit.Applications : f.Unit == CountingUnit.Applications)
            .Select(f => "chapter counts " + f.Metric + " in " + f.Unit.ToCsv() + " (" + f.Source + ")")
            .ToArray();
    }

    private static decimal? Pct(int? num, int? den)
        => num is { } n && den is { } d && d > 0 ? Math.Round(100m * n / d, 1, MidpointRounding.AwayFromZero) : null;

    private static InferenceSummary BuildInference(IReadOnlyList<LandReportRow> laender)
    {
        var usable = laender.Where(r => r.PermitRate.Estimate is not null).ToArray();
        var table = usable.Select(r => (IReadOnlyList<long>)[r.PermitRate.Numerator!.Value, r.PermitRate.Denominator!.Value - r.PermitRate.Numerator.Value]).ToArray();
        var homogeneity = HomogeneityTest.Compute(table);

        var pairs = new List<(string A, string B, double Ra, double Rb, TwoProportionZTest T)>();
        for (var i = 0; i < usable.Length; i++)
        {
            for (var j = i + 1; j < usable.Length; j++)
            {
                var a = usable[i].PermitRate;
                var b = usable[j].PermitRate;
                pairs.Add((usable[i].LandIso, usable[j].LandIso, a.Estimate!.Value, b.Estimate!.Value,
                    TwoProportionZTest.Compute(a.Numerator!.Value, a.Denominator!.Value, b.Numerator!.Value, b.Denominator!.Value)));
            }
        }

        var adjusted = HolmCorrection.Adjust(pairs.Select(p => p.T.PValue).ToArray());
        var pairwise = pairs.Select((p, i) => new PairwiseComparison(p.A, p.B, p.Ra, p.Rb, p.T.Z, p.T.PValue, adjusted[i])).ToArray();

        var both = laender.Where(r => r.ApplicationRate.Estimate is not null && r.PermitRate.Estimate is not null).ToArray();
        var spearman = SpearmanCorrelation.Compute(both.Select(r => r.ApplicationRate.Estimate!.Value).ToArray(), both.Select(r => r.PermitRate.Estimate!.Value).ToArray());

        string[] caveats =
        [
            "The counts are administrative totals, not samples; intervals and tests describe the uncertainty of a binomial model of each Land's decisions, not sampling error (L354-378 warns that figures are not comparable).",
            "Units differ between Länder: some chapters count applications as persons (BE L787, BB L1020, NW L2115), NI's job-search Duldungen count persons (DQ-04), HE's chapter combines permits and Duldungen (DQ-12).",
            "HH and TH rows are internally contradictory (DQ-03); BY's table permits include 214 grants after 31.8.2007 (DQ-09); SH's permits include 58 grants after the deadline (DQ-18).",
            "Reference dates differ (DQ-40): the table is nominally 30.9.2007, several rows carry later or earlier data.",
            "Decisions are still open in many Länder (undecided share up to 72.6 % in SL); the permit rate per application is a snapshot, not a final approval rate.",
        ];
        return new InferenceSummary(homogeneity, pairwise, pairwise.Count(p => p.SignificantAt05), spearman, caveats);
    }
}
