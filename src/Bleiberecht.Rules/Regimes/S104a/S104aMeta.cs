using Bleiberecht.Rules.Predicates;
using static Bleiberecht.Rules.Explanation.Citation;

namespace Bleiberecht.Rules.Regimes.S104a;

/// <summary>
/// Ids, labels and citations of the § 104a regime's elements. The study prints the statute's existence and dates
/// (L8-10, L358-360, L1135-1138, L2598-2601) but not its text: every Absatz/Satz/Nummer is [background] — verify it
/// against § 104a AufenthG in the version of 19.8.2007.
/// </summary>
internal static class S104aMeta
{
    public static readonly RuleMeta InForce = S104aElements.InForce;

    public static readonly RuleMeta MinorChild = RuleMeta.Of("S104a.Abs1.MinorChild", "lebt mit minderjährigem ledigem Kind in häuslicher Gemeinschaft (1.7.2007)", "lives with a minor unmarried child (1.7.2007)", Statute("§ 104a Abs. 1 S. 1 AufenthG"), Background("\"zusammen mit einem oder mehreren minderjährigen ledigen Kindern in häuslicher Gemeinschaft\"; verify"), Source("L8-10"));

    public static readonly RuleMeta MinYears = S104aElements.MinYears;

    public static readonly RuleMeta Housing = RuleMeta.Of("S104a.Abs1.Nr1", "ausreichender Wohnraum", "sufficient housing", Statute("§ 104a Abs. 1 S. 1 Nr. 1 AufenthG"), Background("verify"));

    public static readonly RuleMeta Language = RuleMeta.Of("S104a.Abs1.Nr2", "mündliche Deutschkenntnisse A2 (Nachweis bis 1.7.2008)", "oral German A2 (may be shown until 1.7.2008)", Statute("§ 104a Abs. 1 S. 1 Nr. 2 AufenthG"), Statute("§ 104a Abs. 1 S. 4, S. 5 AufenthG"), Background("deferral until 1.7.2008; exemption for illness, disability or age; verify Satz numbers"));

    public static readonly RuleMeta School = RuleMeta.Of("S104a.Abs1.Nr3", "tatsächlicher Schulbesuch der Kinder im schulpflichtigen Alter", "school-age children actually attend school", Statute("§ 104a Abs. 1 S. 1 Nr. 3 AufenthG"), Background("verify"));

    public static readonly RuleMeta Deception = RuleMeta.Of("S104a.Abs1.Nr4.Deception", "keine vorsätzliche Täuschung der Ausländerbehörde", "no intentional deception of the authority", Statute("§ 104a Abs. 1 S. 1 Nr. 4 AufenthG"), Background("verify"));

    public static readonly RuleMeta Obstruction = RuleMeta.Of("S104a.Abs1.Nr4.Obstruction", "keine vorsätzliche Verzögerung oder Behinderung der Aufenthaltsbeendigung", "no intentional delay or obstruction of removal", Statute("§ 104a Abs. 1 S. 1 Nr. 4 AufenthG"), Background("verify"));

    public static readonly RuleMeta Cooperation = RuleMeta.Of("S104a.Abs1.Nr4.Cooperation", "keine vorsätzliche Verletzung der Mitwirkungspflicht (Behinderung der Aufenthaltsbeendigung)", "no deliberate breach of the duty to cooperate (obstructing removal)", Statute("§ 104a Abs. 1 S. 1 Nr. 4 AufenthG"), Background("a deliberate breach of the duty to cooperate (e.g. in obtaining a passport) delays removal measures; verify"), Source("L793-794"));

    public static readonly RuleMeta Extremism = RuleMeta.Of("S104a.Abs1.Nr5", "keine Bezüge zu extremistischen oder terroristischen Organisationen", "no links to extremist or terrorist organisations", Statute("§ 104a Abs. 1 S. 1 Nr. 5 AufenthG"), Background("verify"));

    public static readonly RuleMeta Conviction = RuleMeta.Of("S104a.Abs1.Nr6", "keine Verurteilung über 50/90 Tagessätze", "no conviction above 50/90 day-fines", Statute("§ 104a Abs. 1 S. 1 Nr. 6 AufenthG"), Background("fines up to 50 day-fines in total, up to 90 for offences only foreigners can commit, are disregarded; verify"));

    public static readonly RuleMeta FamilyScope = RuleMeta.Of("S104a.Abs3.FamilyScope", "Straftaten eines Familienmitglieds (Abs. 3)", "convictions of a family member (Abs. 3)", Statute("§ 104a Abs. 3 S. 1, S. 2 AufenthG"), Background("only Nr. 6 convictions of a member living in the household bar the others; not the spouse where refusal would be a particular hardship; verify"));

    public static readonly RuleMeta Passport = RuleMeta.Of("S104a.Passport", "Pass oder Passersatz (Passpflicht)", "passport or substitute (passport obligation)", Statute("§ 5 Abs. 1 Nr. 1a, § 3 AufenthG"), Background("§ 104a Abs. 1 S. 1 derogates from § 5 Abs. 1 Nr. 1 and Abs. 2 only, not from the passport obligation; § 5 Abs. 3 S. 2 allows a waiver at discretion; verify"));

    public static readonly RuleMeta Livelihood = RuleMeta.Of("S104a.Abs1.S2.Livelihood", "Lebensunterhalt eigenständig durch Erwerbstätigkeit gesichert", "livelihood secured independently by work", Statute("§ 104a Abs. 1 S. 2 AufenthG"), Background("not secured: permit \"auf Probe\" until 31.12.2009; verify"), Source("L1135-1138"));
}
