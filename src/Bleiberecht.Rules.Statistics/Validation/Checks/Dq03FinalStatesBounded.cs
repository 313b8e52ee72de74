using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-03: AE + Ablehnung + offen ≤ Anträge (Duldung excluded, k.A. = 0). Fails for HH and TH (hard contradictions). The
/// residual equals the Duldung column in BW and BY, and withdrawn + otherwise settled in BB (L1020-1021) and MV
/// (L1844-1846); the other residuals are unexplained.
/// </summary>
internal sealed class Dq03FinalStatesBounded : DataQualityCheck
{
    public override string Id => "DQ-03";

    public override string Title => "Final states do not exceed applications";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var findings = new List<DataQualityFinding>();
        foreach (var r in data.Table.Laender)
        {
            if (r.Antraege is not { } a)
            {
                continue;
            }

            decimal[] parts = [Z(r.Aufenthaltserlaubnisse), Z(r.Ablehnung), Z(r.Offen)];
            var bound = Calc.SumAtMost(parts, a, "Anträge");
            if (!bound.Holds)
            {
                findings.Add(F(FindingSeverity.Error, r.LandIso, null,
                    "Permits, rejections and undecided together exceed the applications: a hard contradiction in the table.", [bound], r.Source));
                continue;
            }

            var hasMissing = r.Aufenthaltserlaubnisse is null || r.Ablehnung is null || r.Offen is null;
            if (hasMissing)
            {
                continue;
            }

            var residual = a - parts.Sum();
            var residualCalc = Calc.Residual(a, parts, "residual");
            var name = r.LandName;
            var withdrawn = data.Chapters.ForLand(r.LandIso, "withdrawn").FirstOrDefault();
            var settled = data.Chapters.ForLand(r.LandIso, "otherwise_settled").FirstOrDefault();
            if (r.DuldungArbeitssuche is { } du && du == residual)
            {
                findings.Add(F(FindingSeverity.Info, r.LandIso, null,
                    "Residual equals the job-search Duldung column exactly: here the Duldung is a separate, final category.",
                    [residualCalc, Calc.Compare("residual", residual, "Arbeitssuche", du)], r.Source));
            }
            else if (withdrawn?.Number is { } w && settled?.Number is { } s && w + s == residual)
            {
                findings.Add(F(FindingSeverity.Info, r.LandIso, null,
                    "Residual is explained by withdrawn and otherwise settled applications from the Land chapter; treat 'withdrawn/otherwise settled' as an explicit category.",
                    [residualCalc, Calc.SumEquals([w, s], residual, "residual (withdrawn + otherwise settled)")], r.Source, withdrawn.Source, settled.Source));
            }
            else
            {
                findings.Add(F(FindingSeverity.Info, r.LandIso, null, name + ": residual is not explained by the source.", [residualCalc], r.Source));
            }
        }

        return findings;
    }
}
