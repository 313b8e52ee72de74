using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-08: ranking claims in the text ("highest", "lowest", "viertletzter Stelle") checked against the sorted columns of
/// table 6.1. The summary's top three (BY, BB, HE; L144-147) omits RP (43.8 %), which ranks second.
/// </summary>
internal sealed class Dq08RankingClaims : DataQualityCheck
{
    public override string Id => "DQ-08";

    public override string Title => "Ranking claims vs table";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var laender = data.Table.Laender;
        var byAe = laender.Where(r => r.AePctPrinted is not null).OrderBy(r => r.AePctPrinted).ToArray();
        string Seq(IEnumerable<Table61Row> rows) => string.Join(", ", rows.Select(r => r.LandIso + " " + Num.F(r.AePctPrinted!.Value)));
        int RankFromBottom(string iso) => Array.FindIndex(byAe, r => r.LandIso == iso) + 1;
        var findings = new List<DataQualityFinding>();

        void Claim(string? land, string claim, bool holds, string detail, params SourceLineRange[] lines)
            => findings.Add(F(holds ? FindingSeverity.Pass : FindingSeverity.Warning, land, null,
                "Claim " + (holds ? "holds" : "fails") + ": " + claim, [Calc.Statement(detail, holds)], lines));

        var top3 = byAe.Reverse().Take(3).Select(r => r.LandIso).ToHashSet();
        Claim(null, "Bayern, Brandenburg and Hessen granted the most permits relative to applications.",
            top3.SetEquals(["BY", "BB", "HE"]), "top 4 by AE/Anträge: " + Seq(byAe.Reverse().Take(4)), L(144, 147), L(4337, 4365));
        var bottom3 = byAe.Take(3).Select(r => r.LandIso).ToHashSet();
        Claim(null, "Relatively few permits in MV, HB and SL.", bottom3.SetEquals(["MV", "HB", "SL"]), "bottom 3: " + Seq(byAe.Take(3)), L(147, 148));

        var beRank = data.Chapters.ForLand("BE", "rank_ae_share_from_bottom").FirstOrDefault();
        var printedRank = (int)(beRank?.Number ?? 4);
        Claim("BE", "Berlin 'an viertletzter Stelle'.", RankFromBottom("BE") == printedRank,
            "BE rank from bottom = " + RankFromBottom("BE").ToString(System.Globalization.CultureInfo.InvariantCulture) + "; " + Seq(byAe.Take(4)), L(790, 791));

        var gap = byAe[1].AePctPrinted!.Value - byAe[0].AePctPrinted!.Value;
        Claim("SL", "Saarland 'bundesweit mit Abstand niedrigste Anerkennungsquote'.", byAe[0].LandIso == "SL" && gap >= 3m,
            "lowest " + Seq(byAe.Take(2)) + "; gap " + Num.F(gap) + " points", L(2779, 2781));
        Claim("SN", "Sachsen 'auf einem der hinteren Ränge'.", RankFromBottom("SN") <= 8,
            "SN rank from bottom = " + RankFromBottom("SN").ToString(System.Globalization.CultureInfo.InvariantCulture) + " of 16", L(2901, 2903));

        var offenShares = laender.Where(r => r is { Offen: not null, Antraege: not null })
            .Select(r => (r.LandIso, Share: Num.Pct(r.Offen!.Value, r.Antraege!.Value))).OrderByDescending(x => x.Share).ToArray();
        var higher = offenShares.TakeWhile(x => x.LandIso != "SN").ToArray();
        findings.Add(F(FindingSeverity.Info, "SN", null, "Sachsen's undecided share is called 'auffällig', but other Länder are higher.",
            [Calc.Statement("undecided/Anträge: " + string.Join(", ", offenShares.Take(higher.Length + 1).Select(x => x.LandIso + " " + Num.P(x.Share))), true)],
            L(2901, 2903)));

        var minApps = laender.Where(r => r.Antraege is not null).MinBy(r => r.Antraege)!;
        Claim("MV", "MV 'Bundesweit ... die niedrigste Zahl' of applications.", minApps.LandIso == "MV",
            "lowest Anträge: " + minApps.LandIso + " " + Num.F(minApps.Antraege!.Value), L(1843, 1844));

        var minStock = laender.Where(r => r.Duldungen is not null).MinBy(r => r.Duldungen)!;
        var mvLong = data.Chapters.Require("Mecklenburg-Vorpommern", "duldung_holders_long_term");
        Claim("MV", "MV 'die geringste Zahl langjährig Geduldeter' (holds only on MV's own figure of " + Num.F(mvLong.Number!.Value) + ").",
            minStock.LandIso == "MV",
            "lowest Duldungen in table: " + minStock.LandIso + " " + Num.F(minStock.Duldungen!.Value) + " < MV " + Num.F(data.Table.Get("MV").Duldungen!.Value),
            L(1807, 1808), data.Table.Get("MV").Source);

        var nw = data.Table.Get("NW");
        Claim("NW", "NRW 'über ein gutes Drittel der Anträge noch nicht entschieden'.", Num.Pct(nw.Offen!.Value, nw.Antraege!.Value) > 100m / 3m,
            Calc.Ratio(nw.Offen.Value, nw.Antraege.Value, "undecided").Expression, L(369, 371));

        var by = data.Table.Get("BY");
        Claim("BY", "Bayern 'fast alle Anträge bearbeitet' (table; the chapter says 9 % undecided, L622-623).", Num.Pct(by.Offen!.Value, by.Antraege!.Value) < 5m,
            Calc.Ratio(by.Offen.Value, by.Antraege.Value, "undecided").Expression, L(371, 372), L(622, 623));

        var muAe = V(data, "München", "ae_granted");
        var muApps = V(data, "München", "applications");
        var muShare = Num.Pct(muAe, muApps);
        Claim("BY", "München 'im bundesweiten Vergleich mit Abstand weit vorn' (only against DE " + Num.F(data.Table.FederalTotal.AePctPrinted!.Value) + " %).",
            muShare - by.AePctPrinted!.Value >= 3m,
            Calc.Ratio(muAe, muApps, "München vs BY " + Num.F(by.AePctPrinted.Value) + " %").Expression, L(634, 636), L(648, 649));
        return findings;
    }
}
