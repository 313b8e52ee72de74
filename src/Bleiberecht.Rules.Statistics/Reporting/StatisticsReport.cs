using System.Globalization;
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
/// <param name="Metadata">Version, commit, data hash, arguments and seed of this run.</param>
public sealed record StatisticsReport(
    IReadOnlyList<LandReportRow> Rows,
    IReadOnlyList<FederalTotalComparison> FederalTotals,
    InferenceSummary Inference,
    IReadOnlyList<DataQualityFinding> Findings,
    string Source,
    RunMetadata Metadata)
{
    private static readonly string[] OutcomeMetrics = ["applications", "ae_granted", "rejected", "undecided", "duldung_job_search"];

    /// <summary>Builds the report from the embedded datasets.</summary>
    public static StatisticsReport Build() => Build(StatisticsDataset.LoadEmbedded(), 1, RunMetadata.ForEmbeddedData([], null));

    /// <summary>Builds the report from the given datasets (metadata marks the data as caller-supplied).</summary>
    /// <param name="data">Datasets.</param>
    public static StatisticsReport Build(StatisticsDataset data) => Build(data, 1, RunMetadata.ForSuppliedData([], null));

    /// <summary>Builds the report with an assumed design effect and the run's metadata.</summary>
    /// <param name="data">Datasets.</param>
    /// <param name="designEffect">
    /// Assumed design effect D ≥ 1 for clustered counting units (families/households counted as persons): tests use
    /// X²/D and z/√D, pairwise intervals use effective counts n/D. An assumption, not an estimate: the study does not
    /// publish family sizes per Land (DQ-34).
    /// </param>
    /// <param name="metadata">Metadata of the run.</param>
    public static StatisticsReport Build(StatisticsDataset data, double designEffect, RunMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentOutOfRangeException.ThrowIfLessThan(designEffect, 1);
        var findings = DataQualityValidator.Run(data);
        var rows = data.Table.Laender.Append(data.Table.FederalTotal).Select(r => BuildRow(data, r, findings)).ToArray();
        var totals = Enum.GetValues<Table61Column>()
            .Where(c => data.Table.FederalTotal.Get(c) is not null)
            .Select(c => new FederalTotalComparison(c.ToString(), data.Table.FederalTotal.Get(c)!.Value, data.Table.Laender.Sum(r => r.Get(c) ?? 0)))
            .ToArray();
        return new StatisticsReport(rows, totals, BuildInference(rows.Where(r => r.LandIso != "DE").ToArray(), designEffect), findings,
            "Table 6.1, expertise-2008.txt L4320-4369; 'Quelle: BMI BT-Drucksache 16/6832, ergänzt durch ZPKF' (L4367)", metadata);
    }

    private static LandReportRow BuildRow(StatisticsDataset data, Table61Row r, IReadOnlyList<DataQualityFinding> findings)
    {
        var own = findings.Where(f => f.LandIso == r.LandIso && f.Place is null && f.Severity >= FindingSeverity.Warning).ToArray();
        var ids = own.Select(f => f.Id).Distinct().Order(StringComparer.Ordinal).ToArray();
        var unitCaveats = UnitCaveats(data, r);
        IReadOnlyList<string> Caveats(string metric, params string[] extra)
        {
            var scoped = own.Where(f => FindingScope.Concerns(f, metric)).Select(f => f.Id).Distinct().Order(StringComparer.Ordinal).ToArray();
            var list = unitCaveats.Where(c => FindingScope.UnitCaveatConcerns(c, metric)).ToList();
            list.AddRange(extra);
            if (scoped.Length > 0)
            {
                list.Add("see findings " + string.Join(", ", scoped));
            }

            return list;
        }

        var missing = new List<string>();
        if (r.Ablehnung is null)
        {
            missing.Add("refusals k.A.: no decided-case rate");
        }

        if (r.Offen is null)
        {
            missing.Add("undecided k.A.: the backlog behind this rate is unknown");
        }

        string[] contradiction = r.Aufenthaltserlaubnisse is { } ae && r.Ablehnung is { } ab && r.Offen is { } off && r.Antraege is { } a && ae + ab + off > a
            ? ["permits + rejections + undecided exceed applications (DQ-03): a hard contradiction in the printed row"]
            : [];
        int? decided = r.Aufenthaltserlaubnisse is { } k && r.Ablehnung is { } rej ? k + rej : null;
        return new LandReportRow(
            r.LandIso, r.PrintedLabel, r.LandName, r.SourceLine,
            r.Duldungen, r.Antraege, r.AntraegePctPrinted, Pct(r.Antraege, r.Duldungen),
            r.Aufenthaltserlaubnisse, r.AePctPrinted, Pct(r.Aufenthaltserlaubnisse, r.Antraege),
            r.DuldungArbeitssuche, r.Ablehnung, r.Offen,
            RateEstimate.Create("application_rate", "Anträge / Duldungen (31.10.2006)", r.Antraege, r.Duldungen, Caveats("application_rate")),
            RateEstimate.Create("permit_rate", "Aufenthaltserlaubnisse / Anträge", r.Aufenthaltserlaubnisse, r.Antraege,
                Caveats("permit_rate", [.. missing.Where(m => m.StartsWith("undecided", StringComparison.Ordinal)), .. contradiction])),
            RateEstimate.Create("decided_permit_rate", "Aufenthaltserlaubnisse / (Aufenthaltserlaubnisse + Ablehnung)", r.Aufenthaltserlaubnisse, decided,
                Caveats("decided_permit_rate", [.. contradiction])),
            RateEstimate.Create("refusal_rate", "Ablehnung / Anträge", r.Ablehnung, r.Antraege,
                r.LandIso == "DE" ? [.. Caveats("refusal_rate"), "printed DE Ablehnung omits Berlin's 466 (DQ-05)"] : Caveats("refusal_rate", [.. contradiction])),
            RateEstimate.Create("undecided_share", "Noch nicht entschieden / Anträge", r.Offen, r.Antraege, Caveats("undecided_share", [.. contradiction])),
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

    private static InferenceSummary BuildInference(IReadOnlyList<LandReportRow> laender, double designEffect)
    {
        static (string, int, int) Counts(LandReportRow r, RateEstimate e) => (r.LandIso, e.Numerator!.Value, e.Denominator!.Value);
        var perApplication = RateComparison.Compute("per_application", "Aufenthaltserlaubnisse / Anträge",
            laender.Where(r => r.PermitRate.Estimate is not null).Select(r => Counts(r, r.PermitRate)).ToArray(), designEffect);
        var decided = RateComparison.Compute("decided", "Aufenthaltserlaubnisse / (Aufenthaltserlaubnisse + Ablehnung)",
            laender.Where(r => r.DecidedPermitRate.Estimate is not null).Select(r => Counts(r, r.DecidedPermitRate)).ToArray(), designEffect);

        var both = laender.Where(r => r.ApplicationRate.Estimate is not null && r.Aufenthaltserlaubnisse is not null && r.Duldungen is > 0).ToArray();
        var applicationVsPerDuldung = SpearmanCorrelation.Compute(
            both.Select(r => r.ApplicationRate.Estimate!.Value).ToArray(),
            both.Select(r => (double)r.Aufenthaltserlaubnisse!.Value / r.Duldungen!.Value).ToArray());
        var withBacklog = laender.Where(r => r.PermitRate.Estimate is not null && r.UndecidedShare.Estimate is not null).ToArray();
        var permitVsBacklog = SpearmanCorrelation.Compute(
            withBacklog.Select(r => r.PermitRate.Estimate!.Value).ToArray(),
            withBacklog.Select(r => r.UndecidedShare.Estimate!.Value).ToArray());

        string[] caveats =
        [
            "The counts are administrative totals, not samples; intervals and tests describe the uncertainty of a binomial model of each Land's decisions, not sampling error (L354-378 warns that figures are not comparable).",
            "The per-application rate mixes approval with processing backlog (undecided share up to 72.6 % in SL); the decided-case rate permits / (permits + refusals) removes the backlog but ignores withdrawals and job-search Duldungen, which the table does not split (ADR 0004).",
            "Units differ between Länder: some chapters count applications as persons (BE L787, BB L1020, NW L2115), NI's job-search Duldungen count persons (DQ-04), HE's chapter combines permits and Duldungen (DQ-12). Binomial intervals treat every counted unit as independent; families counted as persons make them too narrow. "
                + (designEffect > 1
                    ? string.Create(CultureInfo.InvariantCulture, $"This run assumes a design effect of {designEffect:0.##} (Rao-Scott first-order correction of tests and pairwise intervals).")
                    : "Use a design effect (stats --design-effect D) to see how the tests change if units are clustered."),
            "HH and TH rows are internally contradictory (DQ-03); BY's table permits include 214 grants after 31.8.2007 (DQ-09); SH's permits include 58 grants after the deadline (DQ-18).",
            "Reference dates differ (DQ-40): the table is nominally 30.9.2007, several rows carry later or earlier data.",
            "Spearman correlations use n = " + both.Length.ToString(CultureInfo.InvariantCulture) + " and " + withBacklog.Length.ToString(CultureInfo.InvariantCulture)
                + " Länder: descriptive only, no causal reading. Permits / Duldungen vs applications / Duldungen replaces the former application rate vs permits / applications, whose shared term (applications) couples the two mechanically.",
        ];
        return new InferenceSummary(perApplication, decided, applicationVsPerDuldung, permitVsBacklog, designEffect, caveats);
    }
}
