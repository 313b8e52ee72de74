using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-18 Schleswig-Holstein: text (L3210-3218) vs table (L4362). The table's AE (216) includes the 58 post-deadline
/// grants, its offen (170) omits the 241 pending Duldung extensions, and withdrawals are not shown. The text's
/// partition leaves 97 applications missing; 58 + 241 = 299 > 291 Duldung holders.
/// </summary>
internal sealed class Dq18SchleswigHolstein : DataQualityCheck
{
    private const string Name = "Schleswig-Holstein";

    public override string Id => "DQ-18";

    public override string Title => "Schleswig-Holstein: chapter vs table";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var t = data.Table.Get("SH");
        var apps = V(data, Name, "applications");
        var withdrawn = V(data, Name, "withdrawn");
        var before = V(data, Name, "ae_granted_before_deadline");
        var after = V(data, Name, "ae_granted_after_deadline");
        var ae = V(data, Name, "ae_granted");
        var duldung = V(data, Name, "duldung_job_search");
        var rejected = V(data, Name, "rejected");
        var undecided = V(data, Name, "undecided");
        var pendingExt = V(data, Name, "duldung_extension_pending");
        var unprocessed = V(data, Name, "unprocessed");
        return
        [
            F(FindingSeverity.Info, "SH", null, "The table's AE includes the permits granted after the deadline.",
                [Calc.SumEquals([before, after], Z(t.Aufenthaltserlaubnisse), "table AE"), Calc.Compare("chapter", ae, "table", Z(t.Aufenthaltserlaubnisse))],
                L(3212, 3215), t.Source),
            F(FindingSeverity.Warning, "SH", null, "Undecided: the table's offen omits the 241 pending Duldung extensions.",
                [Calc.SumEquals([pendingExt, unprocessed], undecided, "chapter 'nicht endgültig bearbeitet'"), Calc.Compare("chapter", undecided, "table", Z(t.Offen))],
                L(3216, 3218), t.Source),
            F(FindingSeverity.Warning, "SH", null, "The chapter's own partition does not close.",
                [Calc.SumEquals([withdrawn, ae, rejected, undecided], apps, "Anträge")], L(3210, 3218)),
            F(FindingSeverity.Warning, "SH", null, "If the later permits and the pending extensions both came from the job-search Duldung holders, they exceed them.",
                [Calc.SumAtMost([after, pendingExt], duldung, "job-search Duldungen")], L(3212, 3217)),
        ];
    }
}
