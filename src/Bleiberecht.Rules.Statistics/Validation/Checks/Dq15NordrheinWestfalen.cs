using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-15 Nordrhein-Westfalen: stock 56,160 (Duldung or Gestattung, 31.12.2006; L2111-2112) vs 58,160 (exactly 2,000
/// apart); Duldungen 8,290 (30.6.2007) vs 10,711. The chapter closes on its own (16,102 ≈ 16,100; 25,992 ≈ 26,000).
/// </summary>
internal sealed class Dq15NordrheinWestfalen : DataQualityCheck
{
    private const string Name = "Nordrhein-Westfalen";

    public override string Id => "DQ-15";

    public override string Title => "Nordrhein-Westfalen: chapter vs table";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var t = data.Table.Get("NW");
        var ae = V(data, Name, "ae_granted");
        var duldung = V(data, Name, "duldung_job_search");
        var rejected = V(data, Name, "rejected");
        var undecided = V(data, Name, "undecided");
        var decided = V(data, Name, "decided");
        var apps = V(data, Name, "applications");
        var stock = V(data, Name, "duldung_or_gestattung_holders");
        var decidedSum = ae + duldung + rejected;
        return
        [
            F(FindingSeverity.Warning, "NW", null, "Stock: chapter (Duldung or Gestattung, 31.12.2006) vs table (Duldungen, 31.10.2006); the difference is a round 2,000.",
                [Calc.Compare("chapter", stock, "table", Z(t.Duldungen))], L(2111, 2112), t.Source),
            F(FindingSeverity.Warning, "NW", null, "Job-search Duldungen: chapter (30.6.2007) vs table.",
                [Calc.Compare("chapter", duldung, "table", Z(t.DuldungArbeitssuche))], L(2117, 2118), t.Source),
            F(FindingSeverity.Pass, "NW", null, "The chapter's figures close within their 'etwa'/'ca.' rounding.",
                [
                    new Calculation(Num.F(ae) + " + " + Num.F(duldung) + " + " + Num.F(rejected) + " = " + Num.F(decidedSum) + " \u2248 " + Num.F(decided) + " 'etwa' decided",
                        [ae, duldung, rejected], decidedSum, decided, Math.Abs(decidedSum - decided) <= 0.01m * decided),
                    new Calculation(Num.F(decidedSum) + " + " + Num.F(undecided) + " = " + Num.F(decidedSum + undecided) + " \u2248 " + Num.F(apps) + " 'ca.' applications",
                        [decidedSum, undecided], decidedSum + undecided, apps, Math.Abs(decidedSum + undecided - apps) <= 0.01m * apps),
                ],
                L(2114, 2120)),
        ];
    }
}
