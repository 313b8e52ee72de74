using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>DQ-29 Wuppertal: passing checks (L2177-2194, L2291-2301); zero rejections result from pre-screening (L2197-2201); "30 %" migration background vs 28.0 %.</summary>
internal sealed class Dq29Wuppertal : DataQualityCheck
{
    private const string Name = "Wuppertal";

    public override string Id => "DQ-29";

    public override string Title => "Wuppertal";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var apps = V(data, Name, "applications");
        var aeAll = data.Chapters.Where(Name, "ae_granted");
        var within = aeAll.First(f => f.ReferenceDate?.Printed == "2007-09-30").Number!.Value;
        var total = aeAll.First(f => f.ReferenceDate?.Printed != "2007-09-30").Number!.Value;
        var after = V(data, Name, "ae_granted_after_deadline");
        var stock = V(data, Name, "duldung_holders");
        var eligible = V(data, Name, "no_insurmountable_exclusion_ground");
        return
        [
            F(FindingSeverity.Pass, "NW", Name, "Wuppertal's counts close.",
                [
                    Calc.SumEquals([within, after], total, "permits"),
                    Calc.DifferenceEquals(apps, [V(data, Name, "withdrawn"), total, V(data, Name, "undecided")], 0m, "(nothing left over)"),
                    Calc.DifferenceEquals(stock, [eligible], V(data, Name, "expected_duldung_holders_end_2007"), "forecast stock"),
                    Calc.SumEquals([V(data, Name, "employed_at_resolution"), V(data, Name, "persons_without_insured_job")], eligible, "persons without exclusion ground"),
                ],
                L(2177, 2194), L(2291, 2301)),
            F(FindingSeverity.Info, "NW", Name, "Zero rejections are a product of pre-screening (applicants with exclusion grounds were advised not to apply), not of generous decisions.",
                [Calc.Statement("rejected = " + Num.F(V(data, Name, "rejected")), true)], L(2197, 2201)),
            F(FindingSeverity.Warning, "NW", Name, "Printed migration-background share does not reproduce.",
                [Calc.Percentage(V(data, Name, "migration_background_persons"), V(data, Name, "population"), V(data, Name, "migration_background_share_pct"), 1.5m, "printed")], L(2127, 2131)),
        ];
    }
}
