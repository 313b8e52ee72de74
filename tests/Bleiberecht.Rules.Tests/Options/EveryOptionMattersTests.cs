using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Profiles;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Options;

/// <summary>
/// Issue 3, item 3: for every group (a) option A01-A36, one household whose outcome changes when only that option
/// changes from its base to a stated value — where possible the value a Land or Kommune used (lines cite
/// discretion-options.md / the study). Expectations follow the law and the catalogue's "Effect" for the option:
/// the household meets every other requirement (TestCases), so the option's element alone decides.
/// </summary>
public sealed class EveryOptionMattersTests
{
    /// <summary>One option's test case.</summary>
    /// <param name="Number">Catalogue number.</param>
    /// <param name="OptionId">Option id.</param>
    /// <param name="Household">The household; everything else is met.</param>
    /// <param name="Person">The member whose outcome is observed.</param>
    /// <param name="Value">The changed value and who used it.</param>
    /// <param name="Change">Sets the option to <paramref name="Value"/>.</param>
    /// <param name="Base">Outcome under the base rule.</param>
    /// <param name="Changed">Outcome with only this option changed.</param>
    /// <param name="Ground">Element that must be among the grounds of the less favourable of the two outcomes.</param>
    public sealed record Row(
        string Number,
        string OptionId,
        Func<Household> Household,
        string Person,
        string Value,
        Func<ImkOptions, ImkOptions> Change,
        Outcome Base,
        Outcome Changed,
        string Ground);

    private const string Applicant = "applicant";
    private const string Secured = "IMK.Livelihood.Secured";

    private static Household SingleWith(Employment job) => Single().With(Applicant, p => p with { Employments = [job] });

    private static Household SingleWith(Func<Person, Person> change) => Single().With(Applicant, change);

    private static Household Need(Household h, Func<Livelihood, Livelihood> change) => h with { Livelihood = change(h.Livelihood!) };

    /// <summary>Applicant and spouse without children, both ten years in Germany; the applicant's job covers the need.</summary>
    private static Household Couple() => Household(
        "couple",
        Adult(Applicant, HouseholdRole.Applicant, "1996-11-17") with { Employments = [Job()] },
        Adult("spouse", HouseholdRole.Spouse, "1996-11-17", "1975-02-20"));

    /// <summary><see cref="TestCases.Family"/> with two more minor children (8 and 6 at the reference date).</summary>
    private static Household ThreeChildren() => Family() with
    {
        Members = [.. Family().Members, Child("second", "1998-01-01", "2000-01-15"), Child("third", "2000-03-01")],
    };

    private static readonly Conviction SixtyDayFines = new()
    {
        Date = D("2005-06-01"),
        InGermany = true,
        Culpability = Culpability.Intentional,
        ForeignerOnlyOffence = false,
        Sentence = SentenceKind.DayFines,
        DayFines = 60,
    };

    private static MisconductRecord Deception(string from = "1998-01-01", string to = "2001-06-30") => new()
    {
        Kind = MisconductKind.Deception,
        From = D(from),
        To = D(to),
        Deliberate = true,
        CausedNonRemoval = false,
        OfSomeWeight = false,
        OutweighedByIntegration = true,
    };

    private static Employment Training(string start, bool recognised, bool? additional = null) => Job(start, 500m, EmploymentKind.Training) with
    {
        RecognisedApprenticeship = recognised,
        TrainingPlaceAdditional = additional,
    };

    /// <summary>Every row; several options have a second row for a second Land value.</summary>
    public static readonly IReadOnlyList<Row> Rows =
    [
        // A01: a child aged 2 at the reference date makes a family only where the minimum age is 2 (BE, L804-807);
        // the adults have 6 years 10 months: enough for a family, not for a single person.
        new("A01", "Family.MinChildAge", () => Family(childBirth: "2004-06-01"), Applicant, "2 (BE, L804-807)",
            o => o with { Family = o.Family with { MinChildAge = 2 } }, Outcome.Refusal, Outcome.ResidencePermit, "IMK.Residence.MinYears"),

        // A02: a fixed-term contract that is customary in the sector counts in Wiesbaden (L1670-1675), not under PermanentOnly.
        new("A02", "Employment.FixedTermAccepted", () => SingleWith(Job() with { FixedTerm = true, FixedTermCustomaryInSector = true }), Applicant,
            "IfSectorCustomary (Wiesbaden, L1670-1675)", o => o with { Employment = o.Employment with { FixedTermAccepted = FixedTermAcceptance.IfSectorCustomary } },
            Outcome.JobSearchDuldung, Outcome.ResidencePermit, Secured),

        // A03: the only stated value is 0 (L3522-3523), which a known month count always meets — the same as the base
        // (no requirement). A requirement of 6 months (not stated in the source) makes a 2-month job not count.
        new("A03", "Employment.MinPriorEmploymentMonths", () => SingleWith(Job() with { MonthsAlreadyWorked = 2 }), Applicant,
            "6 (hypothetical; no value > 0 in the source)", o => o with { Employment = o.Employment with { MinPriorEmploymentMonths = 6 } },
            Outcome.ResidencePermit, Outcome.JobSearchDuldung, Secured),

        // A04: agency work starting while BA consent was required (before 26.4.2007) is barred by § 40 AufenthG unless
        // accepted (Aurich, L2071-2077).
        new("A04", "Employment.TempAgencyAccepted", () => SingleWith(Job("2007-03-01", kind: EmploymentKind.TempAgency)), Applicant,
            "true (Aurich, L2071-2077)", o => o with { Employment = o.Employment with { TempAgencyAccepted = true } },
            Outcome.JobSearchDuldung, Outcome.ResidencePermit, Secured),

        // A05: self-employment counts in Berlin (L807-810).
        new("A05", "Employment.SelfEmploymentAccepted", () => SingleWith(Job(kind: EmploymentKind.SelfEmployed)), Applicant,
            "true (BE, L807-810)", o => o with { Employment = o.Employment with { SelfEmploymentAccepted = true } },
            Outcome.JobSearchDuldung, Outcome.ResidencePermit, Secured),

        // A06: an education measure (not a recognised apprenticeship) paying 500 EUR against a need of 1,000 secures
        // livelihood only as a Punkt 3.3 trainee, which Oder-Spree accepted (L1117-1119).
        new("A06", "Employment.TrainingCounts", () => SingleWith(Training("2007-05-01", recognised: false)), Applicant,
            "ApprenticeshipOrEducationMeasure (Oder-Spree, L1117-1119)", o => o with { Employment = o.Employment with { TrainingCounts = TrainingAcceptance.ApprenticeshipOrEducationMeasure } },
            Outcome.JobSearchDuldung, Outcome.ResidencePermit, Secured),

        // A07: a single person's job paying 980 EUR gross covers a need of 650 but is below HH's 1,000 EUR (L1478-1480).
        new("A07", "Income.MinimumGrossForSingle", () => Need(SingleWith(Job(net: 700m)), l => l with { MonthlyNeedEur = 650m }), Applicant,
            "1000 (HH, L1478-1480)", o => o with { Income = o.Income with { MinimumGrossForSingle = 1000m } },
            Outcome.ResidencePermit, Outcome.JobSearchDuldung, Secured),

        // A08: pay at 65 % of the collective wage is below HH's 70 % floor (L1473-1478).
        new("A08", "Income.WageFloor", () => SingleWith(Job() with { ShareOfCollectiveWage = 0.65m }), Applicant,
            "minShareOfCollectiveOrLocalWage 0.70 (HH, L1473-1478)", o => o with { Income = o.Income with { WageFloorMinShareOfCollectiveWage = 0.70m } },
            Outcome.ResidencePermit, Outcome.JobSearchDuldung, Secured),

        // A09: one insured job of 700 EUR covers more than half of a 1,000 EUR family need (Wuppertal, L2215-2219) but
        // not the whole need; the family's dependency on benefits is not merely temporary (else Punkt 3.3 (b) applies).
        new("A09", "Income.HouseholdCoverage", () => Need(Family().With(Applicant, p => p with { Employments = [Job(net: 700m)] }), l => l with { BenefitsTemporary = false }), Applicant,
            "OneInsuredJobCoversMajority (Wuppertal, L2215-2219)", o => o with { Income = o.Income with { HouseholdCoverage = HouseholdCoverage.OneInsuredJobCoversMajority } },
            Outcome.JobSearchDuldung, Outcome.ResidencePermit, Secured),

        // A10: temporary benefit receipt next to a sufficient job was "unschädlich" in Wuppertal (L2224-2225) — for the
        // families of A09 ("in diesen Fällen"; docs/adr/0012 item 12): a couple without children, so no group of
        // Punkt 3.3 applies.
        new("A10", "Income.TemporaryBenefitsTolerated", () => Need(Couple(), l => l with { ReceivesBenefits = true, BenefitsTemporary = true }), Applicant,
            "true (Wuppertal, L2224-2225)", o => o with { Income = o.Income with { TemporaryBenefitsTolerated = true } },
            Outcome.JobSearchDuldung, Outcome.ResidencePermit, Secured),

        // A11: 800 EUR wages plus notional child benefit 154 and housing benefit 100 reach the need of 1,000
        // (Gütersloh, L2427-2429), for a family with many children (three; docs/adr/0012 item 12).
        new("A11", "Income.NotionalChildAndHousingBenefit",
            () => Need(ThreeChildren().With(Applicant, p => p with { Employments = [Job(net: 800m)] }), l => l with { NotionalChildBenefitEur = 154m, NotionalHousingBenefitEur = 100m, BenefitsTemporary = false }), Applicant,
            "true (Gütersloh, L2427-2429)", o => o with { Income = o.Income with { NotionalChildAndHousingBenefit = true } },
            Outcome.JobSearchDuldung, Outcome.ResidencePermit, Secured),

        // A12: no passport yet, but serious efforts are credibly documented (Rhein-Lahn, L2610-2615); under
        // PassportOnly a missing passport keeps the case pending (rules.md 5.2).
        new("A12", "Passport.SubstituteAccepted", () => SingleWith(p => p with { Identity = new IdentityDocuments { ValidPassport = false, CredibleEffortsDocumented = true } }), Applicant,
            "CredibleEffortsSuffice (Rhein-Lahn, L2610-2615)", o => o with { Passport = o.Passport with { SubstituteAccepted = PassportSubstituteMode.CredibleEffortsSuffice } },
            Outcome.Pending, Outcome.ResidencePermit, "IMK.Identity.Passport"),

        // A13: a deliberate deception that did not prevent removal excludes only where causality is not required. The
        // only stated value is BE false (= base, L851-853); true is the generous reading the study finds missing.
        new("A13", "Exclusion.DeceptionRequiresCausality", () => SingleWith(p => p with { Misconduct = [Deception()] }), Applicant,
            "true (the check BE omitted, L851-853)", o => o with { Exclusion = o.Exclusion with { DeceptionRequiresCausality = true } },
            Outcome.Refusal, Outcome.ResidencePermit, "IMK.Exclusion.Deception"),

        // A14: a deception not "von einigem Gewicht" does not exclude under the NW decree (L2104-2108).
        new("A14", "Exclusion.DeceptionWeighing", () => SingleWith(p => p with { Misconduct = [Deception()] }), Applicant,
            "MinimumWeight (NW decree 23.3.2007, L2104-2108)", o => o with { Exclusion = o.Exclusion with { DeceptionWeighing = DeceptionWeighing.MinimumWeight } },
            Outcome.Refusal, Outcome.ResidencePermit, "IMK.Exclusion.Deception"),
        new("A14", "Exclusion.DeceptionWeighing", () => SingleWith(p => p with { Misconduct = [Deception()] }), Applicant,
            "BalanceAgainstIntegration (SH, L3193-3198)", o => o with { Exclusion = o.Exclusion with { DeceptionWeighing = DeceptionWeighing.BalanceAgainstIntegration } },
            Outcome.Refusal, Outcome.ResidencePermit, "IMK.Exclusion.Deception"),

        // A15: a deception that ended in 1999 lies outside a 5-year window before a decision in June 2007. No numeric
        // value is stated (SH's "in der Vergangenheit" concerns § 25 titles, L3162-3166).
        new("A15", "Exclusion.DeceptionLookbackYears", () => SingleWith(p => p with { Misconduct = [Deception("1997-01-01", "1999-12-31")] }), Applicant,
            "5 (hypothetical; no number in the source)", o => o with { Exclusion = o.Exclusion with { DeceptionLookbackYears = 5 } },
            Outcome.Refusal, Outcome.ResidencePermit, "IMK.Exclusion.Deception"),

        // A16: absconding was no ground under the MV decree (L1869-1871).
        new("A16", "Exclusion.AbscondingIsGround",
            () => SingleWith(p => p with { Misconduct = [new MisconductRecord { Kind = MisconductKind.Absconding, From = D("2001-03-01"), To = D("2001-05-01"), Deliberate = true }] }), Applicant,
            "false (MV, L1869-1871)", o => o with { Exclusion = o.Exclusion with { AbscondingIsGround = false } },
            Outcome.Refusal, Outcome.ResidencePermit, "IMK.Exclusion.Absconding"),

        // A17: 60 day-fines exceed 50 (MV, L1850, = base) but not a threshold of 60; no other value is stated.
        new("A17", "Exclusion.ConvictionDayFineThreshold", () => SingleWith(p => p with { Convictions = [SixtyDayFines] }), Applicant,
            "general 60 (hypothetical; only MV's 50 is stated)", o => o with { Exclusion = o.Exclusion with { ConvictionDayFinesGeneral = 60 } },
            Outcome.Refusal, Outcome.ResidencePermit, "IMK.Exclusion.Conviction"),

        // A18: with the discretionary override, an exceptional case disregards the conviction; Wuppertal stated false
        // (= base, L2229-2232).
        new("A18", "Exclusion.ConvictionDiscretionaryOverride", () => SingleWith(p => p with { Convictions = [SixtyDayFines], ExceptionalCircumstances = true }), Applicant,
            "true (the Ermessen Wuppertal excluded, L2229-2232)", o => o with { Exclusion = o.Exclusion with { ConvictionDiscretionaryOverride = true } },
            Outcome.Refusal, Outcome.ResidencePermit, "IMK.Exclusion.Conviction"),

        // A19: the spouse's conviction reaches the applicant only with the whole-household scope (L2198-2201).
        new("A19", "Family.ExclusionScope", () => Family().With("spouse", p => p with { Convictions = [SixtyDayFines] }), Applicant,
            "PersonOnly", o => o with { Family = o.Family with { ExclusionScope = ExclusionScope.PersonOnly } },
            Outcome.Refusal, Outcome.ResidencePermit, "IMK.Exclusion.FamilyScope"),

        // A20: a negative school prognosis bars the family only where it is required for the family (SH false, L3198-3208).
        new("A20", "School.PrognosisRequiredForFamily",
            () => Family().With("child", p => p with { Schooling = new Schooling { AttendsSchool = true, PositiveSchoolPrognosis = false } }), Applicant,
            "false (SH, L3198-3208)", o => o with { School = o.School with { PrognosisRequiredForFamily = false } },
            Outcome.Refusal, Outcome.ResidencePermit, "IMK.Integration.SchoolPrognosis"),

        // A21: a communal shelter the authority does not find sufficient counts at the first grant in SH (L3199-3201).
        new("A21", "Housing.CommunalShelterAccepted", () => Single() with { Housing = new Housing { Sufficient = false, CommunalShelter = true } }, Applicant,
            "FirstGrantOnly (SH, L3199-3201)", o => o with { Housing = o.Housing with { CommunalShelterAccepted = CommunalShelterAcceptance.FirstGrantOnly } },
            Outcome.Refusal, Outcome.ResidencePermit, "IMK.Integration.Housing"),

        // A22: oral check in person (Rhein-Lahn, L2680-2682): a B1 certificate not yet checked in person leaves the case
        // open. "Lenient" (RP intent, L2534-2537) no longer lowers the level (docs/adr/0012 item 5; LegalReviewTests).
        new("A22", "Language.ProofMode", () => Single(), Applicant,
            "OralCheckInPerson (Rhein-Lahn, L2680-2682)", o => o with { Language = o.Language with { ProofMode = LanguageProofMode.OralCheckInPerson } },
            Outcome.ResidencePermit, Outcome.Pending, "IMK.Integration.Language"),

        // A23: insufficient German refuses (Barnim, L1031-1032) unless the Land grants a permit with a course or extends
        // the Duldung (Oder-Spree, L1121-1133).
        // With a course the deficit is bridged only for a person admitted to it (docs/adr/0012 item 10).
        new("A23", "Language.DeficitOutcome", () => SingleWith(p => p with { GermanLevel = CefrLevel.A1, IntegrationCourseAdmitted = true }), Applicant,
            "ConditionalPermitWithCourse (Oder-Spree intent, L1121-1133)", o => o with { Language = o.Language with { DeficitOutcome = LanguageDeficitOutcome.ConditionalPermitWithCourse } },
            Outcome.Refusal, Outcome.ResidencePermit, "IMK.Integration.Language"),
        new("A23", "Language.DeficitOutcome", () => SingleWith(p => p with { GermanLevel = CefrLevel.A1 }), Applicant,
            "ExtendDuldung (Oder-Spree practice, L1121-1133)", o => o with { Language = o.Language with { DeficitOutcome = LanguageDeficitOutcome.ExtendDuldung } },
            Outcome.Refusal, Outcome.Pending, "IMK.Integration.Language"),

        // A24: a job starting 1.3.2007 for which a privileged worker was available fails the priority check that
        // applied until 26.4.2007; in Berlin there never was one (L811-814).
        new("A24", "LabourMarket.PriorityCheckUntil", () => SingleWith(Job("2007-03-01") with { PrivilegedWorkerAvailable = true }), Applicant,
            "null (BE, L811-814)", o => o with { LabourMarket = o.LabourMarket with { PriorityCheckUntil = null } },
            Outcome.JobSearchDuldung, Outcome.ResidencePermit, Secured),

        // A25: a job starting 2.5.2007 below local conditions escapes the BA check that ended 26.4.2007, but not MV's,
        // which ended only in "May 2007" (L1882-1886; encoded here as 31.5.2007 — the day is not stated).
        new("A25", "LabourMarket.WorkingConditionsCheckUntil", () => SingleWith(Job("2007-05-02") with { ConditionsComparable = false }), Applicant,
            "2007-05-31 (MV 'May 2007', L1882-1886)", o => o with { LabourMarket = o.LabourMarket with { WorkingConditionsCheckUntil = new DateOnly(2007, 5, 31) } },
            Outcome.ResidencePermit, Outcome.JobSearchDuldung, Secured),

        // A26: a recognised apprenticeship from 1.3.2007 that is not additional to the employer's usual places got no
        // BA consent; HH dropped the additionality check (L3986-3990).
        new("A26", "LabourMarket.TrainingAdditionalityCheck", () => SingleWith(Training("2007-03-01", recognised: true, additional: false)), Applicant,
            "false (HH, L3986-3990)", o => o with { LabourMarket = o.LabourMarket with { TrainingAdditionalityCheck = false } },
            Outcome.JobSearchDuldung, Outcome.ResidencePermit, Secured),

        // A27: a job outside the permitted area is reachable where the Residenzpflicht is lifted (BY, L712-715).
        new("A27", "Residence.ResidenzpflichtLifted", () => SingleWith(Job() with { WithinPermittedArea = false }), Applicant,
            "Lifted (BY, L712-715)", o => o with { Residence = o.Residence with { ResidenzpflichtLifted = ResidenzpflichtRelief.Lifted } },
            Outcome.JobSearchDuldung, Outcome.ResidencePermit, Secured),

        // A28: a Duldung annotated "Erwerbstätigkeit nicht gestattet" bars the job unless the annotation is ruled out (SN, L2913-2916).
        new("A28", "Duldung.WorkPermittedAnnotation", () => SingleWith(p => p with { DuldungForbidsEmployment = true }), Applicant,
            "true (SN, L2913-2916)", o => o with { Duldung = o.Duldung with { WorkPermittedAnnotation = true } },
            Outcome.JobSearchDuldung, Outcome.ResidencePermit, Secured),

        // A29: without a job, a decision on 15.6.2007 gives the job-search Duldung until 30.9.2007 (Punkt 9, L620-621);
        // after Berlin moved the deadline to 18.5.2007 (L798-803) it is a refusal. After the deadline, SH extended (L3212-3218).
        new("A29", "Deadline.WorkTakeUp", () => SingleWith(p => p with { Employments = [] }), Applicant,
            "2007-05-18 (BE amendment 7.3.2007, L798-803)", o => o with { Deadline = o.Deadline with { WorkTakeUp = new DateOnly(2007, 5, 18) } },
            Outcome.JobSearchDuldung, Outcome.Refusal, "IMK.Deadline.WorkTakeUp"),
        new("A29", "Deadline.WorkTakeUp", () => SingleWith(p => p with { Employments = [] }) with { DecisionDate = D("2007-10-15") }, Applicant,
            "extensionAfterDeadline true (SH, L3212-3218)", o => o with { Deadline = o.Deadline with { ExtensionAfterDeadline = true } },
            Outcome.Refusal, Outcome.JobSearchDuldung, "IMK.Deadline.WorkTakeUp"),

        // A30: an application filed on 18.5.2007 is late under the base 17.5.2007 (six months after the resolution,
        // §§ 187 Abs. 1, 188 Abs. 2 BGB [background]) and in time under Berlin's "possibly 18.5.2007" (L4546-4548).
        new("A30", "Deadline.Application", () => Single() with { ApplicationDate = D("2007-05-18") }, Applicant,
            "2007-05-18 (BE possibly, L4546-4548)", o => o with { Deadline = o.Deadline with { Application = new DateOnly(2007, 5, 18) } },
            Outcome.Refusal, Outcome.ResidencePermit, "IMK.Procedure.ApplicationDeadline"),

        // A31: in Germany since 10.1.1999: 7 years 10 months at 17.11.2006 (too short for a single person), 8 years 5
        // months at 1.7.2007; decided 15.9.2007, after § 104a entered into force, Freiburg converts (L484-485).
        new("A31", "Fallback.Convert104a", () => Single("1999-01-10") with { DecisionDate = D("2007-09-15") }, Applicant,
            "ConvertPending (Freiburg, L484-485)", o => o with { Fallback = o.Fallback with { Convert104a = Convert104a.ConvertPending } },
            Outcome.Refusal, Outcome.StatutoryPermit104a, "IMK.Residence.MinYears"),

        // A32: a refused person who received another humanitarian title counts as otherwise settled where the Land
        // routes cases there (SH, L3158-3175; HB, L1296-1304).
        new("A32", "Fallback.OtherHumanitarianTitle", () => SingleWith(p => p with { Convictions = [SixtyDayFines], OtherTitleGranted = true }), Applicant,
            "[S23aHardshipCommission] (SH, HB)", o => o with { Fallback = o.Fallback with { OtherHumanitarianTitle = true } },
            Outcome.Refusal, Outcome.WithdrawnOrSettled, "IMK.Exclusion.Conviction"),

        // A33: a single person who entered on 18.11.1998 has 8 years on 17.11.2006 only where the day of entry
        // counts (§ 187 Abs. 2 BGB: the period ends with 17.11.2006); under § 187 Abs. 1 it ends with 18.11.2006.
        // No Land states a counting rule (hypothetical value).
        new("A33", "Residence.PeriodCounting", () => Single(entry: "1998-11-18"), Applicant,
            "EntryDayCounts (hypothetical; § 187 Abs. 2 BGB)", o => o with { Residence = o.Residence with { PeriodCounting = PeriodCounting.EntryDayCounts } },
            Outcome.Refusal, Outcome.ResidencePermit, "IMK.Residence.MinYears"),

        // A34-A36 (ADR 0013; no Land states a number, hypothetical 5 years): conduct or links that ended 31.12.2001
        // lie 5 years before 31.12.2006, before the decision of 15.6.2007, so they no longer count.
        new("A34", "Exclusion.ObstructionLookbackYears",
            () => SingleWith(p => p with { Misconduct = [new MisconductRecord { Kind = MisconductKind.Obstruction, From = D("2001-03-01"), To = D("2001-12-31"), Deliberate = true }] }), Applicant,
            "5 (hypothetical; no number in the source)", o => o with { Exclusion = o.Exclusion with { ObstructionLookbackYears = 5 } },
            Outcome.Refusal, Outcome.ResidencePermit, "IMK.Exclusion.Obstruction"),
        new("A35", "Exclusion.AbscondingLookbackYears",
            () => SingleWith(p => p with { Misconduct = [new MisconductRecord { Kind = MisconductKind.Absconding, From = D("2001-03-01"), To = D("2001-12-31"), Deliberate = true }] }), Applicant,
            "5 (hypothetical; no number in the source)", o => o with { Exclusion = o.Exclusion with { AbscondingLookbackYears = 5 } },
            Outcome.Refusal, Outcome.ResidencePermit, "IMK.Exclusion.Absconding"),
        new("A36", "Exclusion.ExtremismLookbackYears",
            () => SingleWith(p => p with { ExtremismLinks = true, ExtremismLinksEndedOn = D("2001-12-31") }), Applicant,
            "5 (hypothetical; no number in the source)", o => o with { Exclusion = o.Exclusion with { ExtremismLookbackYears = 5 } },
            Outcome.Refusal, Outcome.ResidencePermit, "IMK.Exclusion.Extremism"),
    ];

    public static TheoryData<int> RowIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Rows.Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RowIndexes))]
    public void Changing_only_this_option_changes_the_outcome(int index)
    {
        var row = Rows[index];
        var household = row.Household();
        var changedOptions = row.Change(ImkOptions.Base);

        var before = household.Evaluate().For(row.Person);
        var after = household.Evaluate(changedOptions).For(row.Person);

        var what = $"{row.Number} {row.OptionId} = {row.Value}";
        Assert.True(row.Base == before.Outcome, $"{what}: base outcome {before.Outcome} [{string.Join(", ", before.Grounds)}], expected {row.Base}");
        Assert.True(row.Changed == after.Outcome, $"{what}: changed outcome {after.Outcome} [{string.Join(", ", after.Grounds)}], expected {row.Changed}");

        var worse = Rank(row.Base) <= Rank(row.Changed) ? before : after;
        Assert.Contains(row.Ground, worse.Grounds);
    }

    [Theory]
    [MemberData(nameof(RowIndexes))]
    public void The_change_touches_only_the_option_under_test(int index)
    {
        var row = Rows[index];
        var changed = row.Change(ImkOptions.Base);
        Assert.NotEqual(ImkOptions.Base, changed);

        // Exactly one option group (sub-record) differs from the base, and it is the option's own group.
        var differing = typeof(ImkOptions).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(p => !Equals(p.GetValue(ImkOptions.Base), p.GetValue(changed)))
            .Select(p => p.Name)
            .ToList();
        Assert.Equal([row.OptionId.Split('.')[0]], differing);
        Assert.Equal(row.Number, OptionCatalog.Get(row.OptionId).Number);
        Assert.Equal(new ImkOptions(), ImkOptions.Base);
    }

    [Fact]
    public void Every_group_a_option_has_a_row()
    {
        var groupA = OptionCatalog.All.Where(d => d.Group == OptionGroup.DecisionRule).Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(36, groupA.Count);
        Assert.Equal(groupA, Rows.Select(r => r.OptionId).Distinct().Order(StringComparer.Ordinal).ToList());
        Assert.All(Rows, r => Assert.Equal(r.OptionId, OptionCatalog.Get(r.Number).Id));
    }

    /// <summary>How favourable an outcome is: refusal, pending, Duldung, § 104a permit, permit; settled counts as above a refusal.</summary>
    private static int Rank(Outcome o) => o switch
    {
        Outcome.Refusal => 0,
        Outcome.Pending => 1,
        Outcome.WithdrawnOrSettled => 1,
        Outcome.JobSearchDuldung => 2,
        Outcome.StatutoryPermit104a => 3,
        Outcome.ResidencePermit => 4,
        _ => -1,
    };
}
