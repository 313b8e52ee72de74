using Bleiberecht.Rules.Predicates;
using static Bleiberecht.Rules.Explanation.Citation;

namespace Bleiberecht.Rules.Regimes.S104aExtension;

/// <summary>
/// Ids, labels and citations of the extension regime's elements. The study ends in 2008 and prints neither § 104a
/// Abs. 5/6 nor the IMK decision of 4.12.2009: every citation is [background] — verify.
/// </summary>
internal static class ExtensionMeta
{
    public static readonly RuleMeta WorkLivelihood = RuleMeta.Of("S104a.Abs5.S2", "Lebensunterhalt bis 31.12.2009 überwiegend durch Erwerbstätigkeit oder seit 1.4.2009 eigenständig gesichert", "livelihood mostly secured by work until 31.12.2009, or independently since 1.4.2009", Statute("§ 104a Abs. 5 S. 2 AufenthG"), Background("\"überwiegend eigenständig durch Erwerbstätigkeit gesichert\" / \"mindestens seit dem 1. April 2009 ... nicht nur vorübergehend eigenständig\"; the extension is a § 23 Abs. 1 S. 1 permit for two more years; verify"));

    public static readonly RuleMeta Mostly = RuleMeta.Of("S104a.Abs5.S2.Mostly", "überwiegend (mehr als die Hälfte der Monate) durch Erwerbstätigkeit gesichert", "mostly (more than half of the months) secured by work", Statute("§ 104a Abs. 5 S. 2 AufenthG"), Background("\"überwiegend\" read as more than half; verify"));

    public static readonly RuleMeta FullySince = RuleMeta.Of("S104a.Abs5.S2.SinceApril2009", "seit mindestens 1.4.2009 eigenständig gesichert", "independently secured since 1.4.2009 at the latest", Statute("§ 104a Abs. 5 S. 2 AufenthG"), Background("verify"));

    public static readonly RuleMeta Hardship = RuleMeta.Of("S104a.Abs6", "Härtefallgruppe nach Abs. 6 (kann)", "hardship group under Abs. 6 (may)", Statute("§ 104a Abs. 6 S. 1, S. 2 Nr. 1-5 AufenthG"), Background("\"kann ... abgewichen werden\": trainees, families on temporary supplementary benefits, single parents who cannot be expected to work, persons unable to work secured otherwise, persons aged 65 on 31.12.2009; the same list as IMK Punkt 3.3; verify"));

    public static readonly RuleMeta ProbationRoute = RuleMeta.Of("S104a.Abs5.Extension", "Verlängerung nach Abs. 5 oder auf Probe nach IMK 4.12.2009", "extension under Abs. 5, or on probation under the IMK of 4.12.2009", Statute("§ 104a Abs. 5 S. 2 AufenthG"), Statute("IMK-Beschluss vom 4.12.2009"), Background("permits \"auf Probe\" extended by two years until 31.12.2011 where the holder shows efforts to secure livelihood; verify"));

    public static readonly RuleMeta ImkDecision = RuleMeta.Of("S104a.Abs5.Imk2009", "IMK-Beschluss vom 4.12.2009 gilt (Entscheidung ab 4.12.2009)", "IMK decision of 4.12.2009 applies (decided on or after 4.12.2009)", Statute("IMK-Beschluss vom 4.12.2009"), Background("dated parameter; verify"));

    public static readonly RuleMeta Efforts = RuleMeta.Of("S104a.Abs5.Imk2009.Efforts", "Bemühungen um Sicherung des Lebensunterhalts nachgewiesen", "efforts to secure livelihood shown", Statute("IMK-Beschluss vom 4.12.2009"), Background("verify"));

    public static readonly RuleMeta NoHardship = RuleMeta.Of("S104a.Abs5.Imk2009.NoHardship", "keine Härtefallgruppe (Abs. 6 geht vor)", "no hardship group (Abs. 6 comes first)", Statute("§ 104a Abs. 6 AufenthG"), Background("a member of an Abs. 6 group is decided at discretion under the statute, not on probation; verify"));

    public static readonly RuleMeta Conviction = RuleMeta.Of("S104a.Abs5.Nr6", "keine Verurteilung über 50/90 Tagessätze (§ 8 Abs. 1)", "no conviction above 50/90 day-fines (§ 8 Abs. 1)", Statute("§ 8 Abs. 1 AufenthG"), Statute("§ 104a Abs. 1 S. 1 Nr. 6 AufenthG"), Background("an extension needs the conditions of the grant; verify"));

    public static readonly RuleMeta Extremism = RuleMeta.Of("S104a.Abs5.Nr5", "keine Bezüge zu Extremismus (§ 8 Abs. 1)", "no links to extremism (§ 8 Abs. 1)", Statute("§ 8 Abs. 1 AufenthG"), Statute("§ 104a Abs. 1 S. 1 Nr. 5 AufenthG"), Background("verify"));

    public static readonly RuleMeta FamilyScope = RuleMeta.Of("S104a.Abs5.FamilyScope", "Straftaten eines Familienmitglieds (Abs. 3, § 8 Abs. 1)", "convictions of a family member (Abs. 3, § 8 Abs. 1)", Statute("§ 104a Abs. 3 S. 1, S. 2 AufenthG"), Statute("§ 8 Abs. 1 AufenthG"), Background("verify"));

    public static readonly RuleMeta Extended = RuleMeta.Of("S104a.Abs5.Outcome.Extended", "Verlängerung als Aufenthaltserlaubnis nach § 23 Abs. 1 S. 1 (bis 31.12.2011)", "extended as a § 23 Abs. 1 S. 1 permit (until 31.12.2011)", Statute("§ 104a Abs. 5 S. 2 AufenthG"), Background("\"um weitere zwei Jahre\"; verify"));

    public static readonly RuleMeta ProbationExtended = RuleMeta.Of("S104a.Abs5.Outcome.Probation", "Aufenthaltserlaubnis auf Probe verlängert (bis 31.12.2011)", "permit \"auf Probe\" extended (until 31.12.2011)", Statute("IMK-Beschluss vom 4.12.2009"), Background("verify"));

    public static readonly RuleMeta HardshipExtended = RuleMeta.Of("S104a.Abs6.Outcome.Discretionary", "Verlängerung nach Ermessen wegen Härte (Abs. 6, kann; bis 31.12.2011)", "extension at discretion for hardship (Abs. 6, may; until 31.12.2011)", Statute("§ 104a Abs. 6 AufenthG"), Background("verify"));
}
