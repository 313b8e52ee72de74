using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Predicates;
using static Bleiberecht.Rules.Explanation.Citation;

namespace Bleiberecht.Rules.Regimes;

/// <summary>
/// The rule elements of the IMK resolution of 17.11.2006 with their stable ids, labels and citations.
/// The number is the element's row in the project's rule catalogue and the bit used in the bulk
/// path's failure mask.
/// </summary>
public static class ImkElements
{
    /// <summary>3: holds a Duldung and is obliged to leave.</summary>
    public static readonly RuleMeta Scope = RuleMeta.Of("IMK.Scope.ToleratedAndDeportable", "geduldet und ausreisepflichtig", "tolerated (Duldung) and obliged to leave", Source("L4"), Source("L794"), Source("L1431-1432"), Statute("§ 23 Abs. 1 AufenthG"));

    /// <summary>4: the reference date of the residence time.</summary>
    public static readonly RuleMeta ReferenceDate = RuleMeta.Of("IMK.Residence.ReferenceDate", "Stichtag", "reference date", Source("L792"), Background("Stichtag 17.11.2006, date of the resolution"));

    /// <summary>5: minimum residence of 6 years (family) or 8 years (others).</summary>
    public static readonly RuleMeta MinYears = RuleMeta.Of("IMK.Residence.MinYears", "Mindestaufenthalt (Familie 6 / Alleinstehende 8 Jahre)", "minimum residence (family 6 / others 8 years)", Source("L5-6"), Source("L1432-1433"), Background("uninterrupted residence"));

    /// <summary>6: a qualifying minor child makes the household a family.</summary>
    public static readonly RuleMeta QualifyingChild = RuleMeta.Of("IMK.Residence.QualifyingChild", "Kind im Haushalt (Familie)", "qualifying child in the household (family)", Source("L804-807"), Background("minor child of kindergarten or school age"));

    /// <summary>7: sufficient housing.</summary>
    public static readonly RuleMeta Housing = RuleMeta.Of("IMK.Integration.Housing", "ausreichender Wohnraum", "sufficient housing", Source("L3547"), Source("L3199-3201"));

    /// <summary>8: German at the required level.</summary>
    public static readonly RuleMeta Language = RuleMeta.Of("IMK.Integration.Language", "Deutschkenntnisse (A2)", "German language (A2)", Source("L4179-4180"), Source("L2681-2682"), Source("L1031-1032"));

    /// <summary>9: school-age children attend school.</summary>
    public static readonly RuleMeta SchoolAttendance = RuleMeta.Of("IMK.Integration.SchoolAttendance", "Schulbesuch der Kinder", "school attendance of the children", Source("L3548"), Source("L2676"));

    /// <summary>10: positive school prognosis for children.</summary>
    public static readonly RuleMeta SchoolPrognosis = RuleMeta.Of("IMK.Integration.SchoolPrognosis", "positive Schulabschlussprognose", "positive prognosis of completing school", Source("L3201-3203"));

    /// <summary>11: valid passport (or an accepted substitute).</summary>
    public static readonly RuleMeta Passport = RuleMeta.Of("IMK.Identity.Passport", "Passpflicht", "passport requirement", Source("L1163-1164"), Source("L1871-1874"), Source("L657-661"));

    /// <summary>12: duty to cooperate fulfilled.</summary>
    public static readonly RuleMeta Cooperation = RuleMeta.Of("IMK.Identity.Cooperation", "Mitwirkungspflicht erfüllt", "duty to cooperate fulfilled", Source("L793-794"), Source("L3546-3547"));

    /// <summary>13: household livelihood secured by own employment without public benefits.</summary>
    public static readonly RuleMeta Livelihood = RuleMeta.Of("IMK.Livelihood.Secured", "Lebensunterhalt eigenständig gesichert", "livelihood secured independently", Source("L633-634"), Source("L647"), Source("L171-172"), Source("L4303-4307"));

    /// <summary>14: the job qualifies (insured, lasting, not marginal, adequately paid).</summary>
    public static readonly RuleMeta EmploymentQuality = RuleMeta.Of("IMK.Livelihood.EmploymentQuality", "Beschäftigungsverhältnis geeignet", "job qualifies", Source("L1772-1773"), Source("L2217-2218"), Source("L2421"), Source("L3512-3514"), Source("L4105-4106"), Source("L4304-4307"));

    /// <summary>15: standard route (Punkt 3.2).</summary>
    public static readonly RuleMeta Punkt32 = RuleMeta.Of("IMK.Livelihood.Punkt3_2", "Punkt 3.2: Lebensunterhalt durch Erwerbstätigkeit", "Punkt 3.2: livelihood by employment", Imk("Punkt 3.2"), Source("L1021-1022"), Background("standard route"));

    /// <summary>16: exception route (Punkt 3.3).</summary>
    public static readonly RuleMeta Punkt33 = RuleMeta.Of("IMK.Livelihood.Punkt3_3", "Punkt 3.3: Ausnahmegruppen", "Punkt 3.3: exception groups", Imk("Punkt 3.3"), Source("L1022-1023"), Background("IMK 17.11.2006 Nr. 3.3 exception groups: (a) trainees, (b) families on temporary supplementary benefits, (c) single parents who cannot be expected to work, (d) persons unable to work with livelihood secured otherwise, (e) persons 65+ with family in Germany; cf. § 104a Abs. 6 S. 2 AufenthG"));

    /// <summary>17: no deliberate deception.</summary>
    public static readonly RuleMeta Deception = RuleMeta.Of("IMK.Exclusion.Deception", "keine vorsätzliche Täuschung", "no deliberate deception", Source("L182-184"), Source("L793-794"), Source("L851-853"));

    /// <summary>18: no deliberate obstruction of removal.</summary>
    public static readonly RuleMeta Obstruction = RuleMeta.Of("IMK.Exclusion.Obstruction", "keine vorsätzliche Hinauszögerung der Abschiebung", "no deliberate obstruction of removal", Source("L1849-1850"), Source("L2106"));

    /// <summary>19: no conviction above the threshold.</summary>
    public static readonly RuleMeta Conviction = RuleMeta.Of("IMK.Exclusion.Conviction", "keine Verurteilung über der Bagatellgrenze", "no conviction above the threshold", Source("L184"), Source("L1850"), Source("L2229-2232"), Background("fines up to 50 day-fines, or 90 for offences only foreigners can commit, are disregarded; only intentional offences count"));

    /// <summary>20: no links to extremist or terrorist organisations.</summary>
    public static readonly RuleMeta Extremism = RuleMeta.Of("IMK.Exclusion.Extremism", "keine Bezüge zu Extremismus/Terrorismus", "no links to extremism or terrorism", Background("exclusion ground of the resolution; not printed in the study"));

    /// <summary>21: has not absconded.</summary>
    public static readonly RuleMeta Absconding = RuleMeta.Of("IMK.Exclusion.Absconding", "kein Untertauchen", "has not absconded", Source("L1869-1871"));

    /// <summary>22: how one member's exclusion ground affects the household.</summary>
    public static readonly RuleMeta FamilyScope = RuleMeta.Of("IMK.Exclusion.FamilyScope", "keine Ausschlussgründe in der Familie", "no exclusion ground within the family", Source("L2198-2201"), Source("L3201-3203"), Background("an exclusion ground of one member excludes the whole family"));

    /// <summary>23: an application was filed.</summary>
    public static readonly RuleMeta Application = RuleMeta.Of("IMK.Procedure.Application", "Antrag gestellt", "application filed", Source("L137-138"), Source("L404"));

    /// <summary>24: filed before the deadline.</summary>
    public static readonly RuleMeta ApplicationDeadline = RuleMeta.Of("IMK.Procedure.ApplicationDeadline", "fristgerechte Antragstellung", "filed within the deadline", Source("L706-707"), Source("L5014-5015"), Source("L4546-4548"), Background("six months after the resolution: 17.5.2007 (§§ 187 Abs. 1, 188 Abs. 2 BGB); verify"));

    /// <summary>25: individual BA consent while a check applies.</summary>
    public static readonly RuleMeta BAConsent = RuleMeta.Of("IMK.LabourMarket.BAConsent", "Zustimmung der Arbeitsagentur", "consent of the employment agency", Source("L1458-1459"), Source("L1532-1534"), Source("L3115-3119"));

    /// <summary>26: BA priority check.</summary>
    public static readonly RuleMeta PriorityCheck = RuleMeta.Of("IMK.LabourMarket.PriorityCheck", "Vorrangprüfung", "labour-market priority check", Source("L3515-3516"), Source("L811-814"), Source("L1878-1882"));

    /// <summary>27: BA working-conditions check and wage floors.</summary>
    public static readonly RuleMeta WorkingConditions = RuleMeta.Of("IMK.LabourMarket.WorkingConditionsCheck", "Prüfung der Arbeitsbedingungen", "check of pay and working conditions", Source("L1473-1480"), Source("L1882-1886"), Source("L2724-2726"));

    /// <summary>28: temp-agency work cannot be consented to (§ 40 AufenthG).</summary>
    public static readonly RuleMeta TempAgencyBar = RuleMeta.Of("IMK.LabourMarket.TempAgencyBar", "keine Leiharbeit (§ 40 AufenthG)", "no temp-agency work (§ 40 AufenthG)", Source("L1480-1482"), Source("L2071-2073"), Statute("§ 40 Abs. 1 Nr. 2 AufenthG"));

    /// <summary>29: job within the permitted area (Residenzpflicht).</summary>
    public static readonly RuleMeta Residenzpflicht = RuleMeta.Of("IMK.LabourMarket.Residenzpflicht", "Residenzpflicht", "residence restriction", Source("L712-715"), Source("L1153-1156"), Source("L1157-1159"));

    /// <summary>30: the Duldung does not forbid employment.</summary>
    public static readonly RuleMeta WorkPermittedAnnotation = RuleMeta.Of("IMK.LabourMarket.WorkPermittedAnnotation", "Duldung ohne Erwerbsverbot", "Duldung does not forbid employment", Source("L2914-2916"), Source("L1772-1776"));

    /// <summary>31: the job is shown by the work take-up deadline.</summary>
    public static readonly RuleMeta WorkTakeUp = RuleMeta.Of("IMK.Deadline.WorkTakeUp", "Frist zur Arbeitsaufnahme", "deadline for taking up work", Imk("Punkt 9"), Source("L620-621"), Source("L798-802"));

    /// <summary>32: residence permit, two years.</summary>
    public static readonly RuleMeta ResidencePermit = RuleMeta.Of("IMK.Outcome.ResidencePermit", "Aufenthaltserlaubnis nach § 23 Abs. 1 AufenthG (2 Jahre)", "residence permit under § 23 Abs. 1 AufenthG (2 years)", Statute("§ 23 Abs. 1 AufenthG"), Source("L6-7"), Source("L3524"));

    /// <summary>33: Duldung for job search until the deadline (Punkt 9).</summary>
    public static readonly RuleMeta JobSearchDuldung = RuleMeta.Of("IMK.Outcome.JobSearchDuldung", "Duldung zur Arbeitsplatzsuche (Punkt 9)", "Duldung for job search (Punkt 9)", Imk("Punkt 9"), Source("L620-621"), Statute("§ 60a AufenthG"));

    /// <summary>34: refusal.</summary>
    public static readonly RuleMeta Refusal = RuleMeta.Of("IMK.Outcome.Refusal", "Ablehnung", "refusal", Source("L181-189"), Source("L791-794"));

    /// <summary>35: not yet decidable.</summary>
    public static readonly RuleMeta Pending = RuleMeta.Of("IMK.Outcome.Pending", "noch nicht entschieden", "pending", Source("L651-652"), Source("L1679-1680"));

    /// <summary>36: withdrawn or otherwise settled.</summary>
    public static readonly RuleMeta WithdrawnOrSettled = RuleMeta.Of("IMK.Outcome.WithdrawnOrSettled", "zurückgezogen / anderweitig erledigt", "withdrawn or otherwise settled", Source("L1020-1021"), Source("L1844-1846"));

    /// <summary>
    /// The elements that can be reported as failed, in the order they are checked; the index is the bit in
    /// <see cref="Evaluation.FailureMask"/>.
    /// </summary>
    public static IReadOnlyList<RuleMeta> Checkable { get; } =
    [
        Scope, Application, ApplicationDeadline, MinYears,
        Deception, Obstruction, Conviction, Extremism, Absconding, FamilyScope,
        Housing, Language, SchoolAttendance, SchoolPrognosis, Passport, Cooperation,
        Livelihood, WorkTakeUp,
    ];

    /// <summary>Every element with a stable id used by this rule set.</summary>
    public static IReadOnlyList<RuleMeta> All { get; } =
    [
        Scope, ReferenceDate, MinYears, QualifyingChild, Housing, Language, SchoolAttendance, SchoolPrognosis,
        Passport, Cooperation, Livelihood, EmploymentQuality, Punkt32, Punkt33, Deception, Obstruction, Conviction,
        Extremism, Absconding, FamilyScope, Application, ApplicationDeadline, BAConsent, PriorityCheck,
        WorkingConditions, TempAgencyBar, Residenzpflicht, WorkPermittedAnnotation, WorkTakeUp, ResidencePermit,
        JobSearchDuldung, Refusal, Pending, WithdrawnOrSettled,
    ];

    /// <summary>Looks an element up by its stable id.</summary>
    public static RuleMeta? Find(string id) => All.FirstOrDefault(e => e.Id == id);
}
