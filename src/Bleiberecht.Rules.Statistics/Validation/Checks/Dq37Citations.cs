using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-37: each figure's cited source exists in the bibliography under the same identifier and predates the figure's
/// reference date. The citation facts (not in the CSV files) are transcribed from the study with their lines.
/// </summary>
internal sealed class Dq37Citations : DataQualityCheck
{
    private static readonly CitationFact[] Facts =
    [
        new("DE", "table 6.1 and chart", "BT-Drs. 16/6832", null, null, null, [L(157), L(187), L(4367), L(4369)]),
        new("DE", "federal figures 'bis zum 30.09.2007'", "BMI 2007a = BT-Drs. 16/7089", "BT-Drs. 16/7089", new DateOnly(2007, 11, 13), new DateOnly(2007, 9, 30), [L(4392, 4395)]),
        new("NI", "NI figures 'bis zum 30.9.2007'", "BMI 2007b = BT-Drs. 16/6251", "BT-Drs. 16/6251", new DateOnly(2007, 8, 23), new DateOnly(2007, 9, 30), [L(1928, 1932), L(4397, 4400)]),
        // 'vom 6.12.2006' dates Kleine Anfrage Nr. 1533 (the question), not the government's answer Drs. 4/4009, whose
        // date the bibliography does not print (L4610-4613); the answer cannot be dated against the figures.
        new("BB", "BB figures at 30.9.2007", "Landtag Brandenburg 2007 (answer Drs. 4/4009 to Kleine Anfrage Nr. 1533 of 6.12.2006)", "Drs. 4/4009", null, new DateOnly(2007, 9, 30), [L(1025), L(4610, 4613)],
            "the printed date 6.12.2006 is the question's, not the answer's; the answer's date is not printed, so the figures cannot be dated from the citation"),
        new("NW", "Gütersloh figures to 30.9./9.11.2007", "Abteilung Ordnung des Kreises Gütersloh 2007", "Abteilung Ordnung des Kreises Gütersloh 2007", new DateOnly(2007, 5, 9), new DateOnly(2007, 11, 9), [L(2413), L(4838, 4840)]),
        new("BW", "BW Landtag document", "Drs. 14/1797", "Drs. 14/1797 with URL 14_1796_d.pdf", null, null, [L(4451, 4452)]),
        new("BB", "BB press release", "Nr. 207/2006", "Nr. 207/2006 listed under 2007", null, null, [L(4590, 4591)]),
        new("SH", "IMSH decrees", "Landesregierung/IMSH 2007d", null, null, null, [L(3208)]),
        new("SH", "Kiel guidance", "Handlungsanleitung", "Handlungsempfehlungen", null, null, [L(3292), L(5057, 5058)]),
        new("MV", "April 2007 deportation stop", "document on the BA instruction of 28.12.2006", "document on the BA instruction of 28.12.2006", new DateOnly(2006, 12, 28), new DateOnly(2007, 4, 1), [L(1865, 1869), L(4769, 4771)]),
    ];

    public override string Id => "DQ-37";

    public override string Title => "Citation problems";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var findings = new List<DataQualityFinding>();
        foreach (var c in Facts)
        {
            var problems = new List<Calculation>();
            if (c.ListedAs is null)
            {
                problems.Add(Calc.Statement("'" + c.CitedAs + "' is not in the bibliography", false));
            }
            else if (!string.Equals(c.ListedAs, c.CitedAs, StringComparison.Ordinal) && !c.CitedAs.Contains(c.ListedAs, StringComparison.Ordinal))
            {
                problems.Add(Calc.Statement("cited as '" + c.CitedAs + "', listed as '" + c.ListedAs + "'", false));
            }

            if (c is { DocumentDate: { } doc, FigureDate: { } fig } && doc < fig)
            {
                problems.Add(Calc.Statement("document dated " + doc.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                    + " predates the figures (" + fig.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ")", false));
            }

            if (problems.Count == 0 && c.DateNote is not null)
            {
                findings.Add(F(FindingSeverity.Info, c.LandIso, null, "Citation for " + c.Figure + " is listed; " + c.DateNote + ".", [Calc.Statement(c.CitedAs, true)], c.Lines));
                continue;
            }

            findings.Add(problems.Count == 0
                ? F(FindingSeverity.Pass, c.LandIso, null, "Citation for " + c.Figure + " is listed and postdates the figures.", [Calc.Statement(c.CitedAs, true)], c.Lines)
                : F(FindingSeverity.Warning, c.LandIso, null, "Citation problem for " + c.Figure + ".", problems, c.Lines));
        }

        return findings;
    }
}
