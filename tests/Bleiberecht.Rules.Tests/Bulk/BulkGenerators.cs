using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;

namespace Bleiberecht.Rules.Tests.Bulk;

/// <summary>A list of households, printed as their JSON cases so that a counterexample can be replayed.</summary>
public sealed record Population(IReadOnlyList<Household> Households)
{
    public override string ToString() => string.Join("\n", Households.Select(CaseJson.Write));
}

/// <summary>
/// Households for the bulk/explain equivalence: the decision-law generator (<see cref="Generators.HouseholdGen"/>)
/// plus a wilder one that sets every fact any option reads (training places, wage shares, passport substitutes,
/// origins, weighed deceptions, spouse hardship, other titles, notional benefits, open-ended interruptions, …),
/// with every optional fact <c>null</c> now and then. Consistency with the case validator is not required: both
/// paths must agree on any input.
/// </summary>
public static class BulkGenerators
{
    public static Arbitrary<Population> Populations() => Arb.From(
        from n in Gen.Choose(1, 12)
        from households in Gen.ListOf(Gen.Frequency((1, Generators.HouseholdGen()), (2, WildHousehold())), n)
        select new Population(households.ToList()));

    /// <summary>Every rule set the equivalence covers: the base, every profile, and option corners no profile uses.</summary>
    public static IReadOnlyList<RuleSet> RuleSets { get; } =
        [RuleSet.Imk2006, .. ProfileCatalog.All.Select(ProfileCatalog.ToRuleSet), .. Corners()];

    private static IEnumerable<RuleSet> Corners()
    {
        var b = ImkOptions.Base;
        RuleSet R(string name, ImkOptions o) => new("corner:" + name, "option corner for the bulk equivalence", o, []);
        yield return R("fallbacks", b with
        {
            Fallback = new FallbackOptions { Convert104a = Convert104a.ConvertPending, OtherHumanitarianTitle = true },
            Family = b.Family with { ExclusionScope = ExclusionScope.WholeHouseholdExceptSpouseHardship },
            Exclusion = b.Exclusion with { DeceptionLookbackYears = 3, ObstructionLookbackYears = 4, AbscondingLookbackYears = 2, ExtremismLookbackYears = 5 },
            Residence = b.Residence with { PeriodCounting = PeriodCounting.EntryDayCounts },
        });
        yield return R("language-duldung", b with
        {
            Language = b.Language with { ProofMode = LanguageProofMode.Lenient, DeficitOutcome = LanguageDeficitOutcome.ExtendDuldung },
            Fallback = new FallbackOptions { Convert104a = Convert104a.EvaluateBoth },
            Deadline = b.Deadline with { ExtensionAfterDeadline = true, Application = null },
        });
        yield return R("oral-course", b with
        {
            Language = b.Language with { ProofMode = LanguageProofMode.OralCheckInPerson, DeficitOutcome = LanguageDeficitOutcome.ConditionalPermitWithCourse },
            Family = b.Family with { ExclusionScope = ExclusionScope.PersonOnly, MinChildAge = 0 },
            School = new SchoolOptions { PrognosisRequiredForFamily = false, CompulsoryFromAge = 7 },
            Housing = new HousingOptions { CommunalShelterAccepted = CommunalShelterAcceptance.Yes },
        });
        yield return R("substitute-visits", b with
        {
            Passport = new PassportOptions { SubstituteAccepted = PassportSubstituteMode.IdentitySubstituteIfEffortsProven, MinConfirmedEmbassyVisits = 3, AppliesToOrigins = ["XK", "srb"] },
            Exclusion = b.Exclusion with { DeceptionRequiresCausality = true, DeceptionWeighing = DeceptionWeighing.MinimumWeight, DeceptionLookbackYears = 3, ConvictionDiscretionaryOverride = true },
            Residence = b.Residence with { InterruptionToleranceDays = 90, ResidenzpflichtLifted = ResidenzpflichtRelief.SomeKommunen },
        });
        yield return R("substitute-effort", b with
        {
            Passport = new PassportOptions { SubstituteAccepted = PassportSubstituteMode.IdentitySubstituteIfEffortsProven, RequiresIdentityClarified = false },
            Exclusion = b.Exclusion with { DeceptionWeighing = DeceptionWeighing.BalanceAgainstIntegration, AbscondingIsGround = false, ConvictionDayFinesGeneral = 30, ConvictionDayFinesForeignerOnly = 60 },
            Employment = new EmploymentOptions { FixedTermAccepted = FixedTermAcceptance.IfIntegratedAndPreviouslyEmployed, MinPriorEmploymentMonths = 6, TempAgencyAccepted = true, SelfEmploymentAccepted = true, TrainingCounts = TrainingAcceptance.ApprenticeshipOrEducationMeasure },
        });
        yield return R("credible", b with
        {
            Passport = new PassportOptions { SubstituteAccepted = PassportSubstituteMode.CredibleEffortsSuffice },
            Income = b.Income with { MinimumGrossForSingle = 1000m, WageFloorMinShareOfCollectiveWage = 0.7m, WageFloorMinNetHourlyEur = 7m, TemporaryBenefitsTolerated = true, NotionalChildAndHousingBenefit = true },
            Employment = b.Employment with { FixedTermAccepted = FixedTermAcceptance.IfSectorCustomary },
            LabourMarket = new LabourMarketOptions { PriorityCheckUntil = null, WorkingConditionsCheckUntil = new DateOnly(2007, 6, 30) },
        });
        yield return R("no-exception-groups", b with
        {
            ExceptionGroups = new ExceptionGroupOptions { FamiliesOnTemporarySupplementaryBenefits = false, SingleParentsWorkNotReasonable = false, UnableToWorkSecuredOtherwise = false, ElderlyWithFamilyInGermany = false },
        });
        yield return R("some-exception-groups", b with
        {
            ExceptionGroups = new ExceptionGroupOptions { FamiliesOnTemporarySupplementaryBenefits = false, UnableToWorkSecuredOtherwise = false, ElderlyMinAge = 60 },
            Income = b.Income with { TemporaryBenefitsTolerated = true },
        });
        yield return R("job-offer", b with
        {
            Passport = new PassportOptions { SubstituteAccepted = PassportSubstituteMode.SubstituteOnJobOfferPassportLater },
            Income = b.Income with { HouseholdCoverage = HouseholdCoverage.OneInsuredJobCoversMajority, NotionalChildAndHousingBenefit = true },
            Employment = b.Employment with { FixedTermAccepted = FixedTermAcceptance.YesIfIncomeSufficient, TrainingCounts = TrainingAcceptance.No },
            LabourMarket = new LabourMarketOptions { PriorityCheckUntil = null, WorkingConditionsCheckUntil = null, TrainingAdditionalityCheck = false },
            Duldung = new DuldungOptions { WorkPermittedAnnotation = true },
            Residence = b.Residence with { ResidenzpflichtLifted = ResidenzpflichtRelief.Lifted, MinYearsFamily = 4, MinYearsOther = 6 },
        });
    }

    private static Gen<T?> Maybe<T>(Gen<T> gen, int oneIn = 5) where T : struct =>
        Gen.Frequency((oneIn - 1, gen.Select(v => (T?)v)), (1, Gen.Constant((T?)null)));

    private static Gen<T?> MaybeRef<T>(Gen<T> gen, int oneIn = 5) where T : class =>
        Gen.Frequency((oneIn - 1, gen.Select(v => (T?)v)), (1, Gen.Constant((T?)null)));

    private static Gen<bool?> Tri(int percentTrue = 50, int nullOneIn = 4) =>
        Maybe(Gen.Choose(1, 100).Select(x => x <= percentTrue), nullOneIn);

    private static Gen<DateOnly> DateBetween(DateOnly from, DateOnly to) =>
        Gen.Choose(from.DayNumber, to.DayNumber).Select(DateOnly.FromDayNumber);

    private static Gen<DateOnly> EntryGen() => Gen.Frequency(
        (3, DateBetween(new DateOnly(1994, 1, 1), new DateOnly(2003, 12, 31))),
        (1, Gen.Elements(new DateOnly(1998, 11, 17), new DateOnly(1998, 11, 18), new DateOnly(1998, 11, 19), new DateOnly(2000, 11, 17), new DateOnly(2000, 11, 18), new DateOnly(1999, 7, 2),
            new DateOnly(1999, 7, 1), new DateOnly(1999, 7, 2), new DateOnly(2001, 7, 1), new DateOnly(2001, 7, 2), new DateOnly(2003, 11, 17))));

    /// <summary>Adults, with Punkt 3.3 (e)'s 65th birthday on the reference date and the day after, and the 1940s.</summary>
    private static Gen<DateOnly> AdultBirthGen() => Gen.Frequency(
        (6, DateBetween(new DateOnly(1940, 1, 1), new DateOnly(1990, 12, 31))),
        (1, DateBetween(new DateOnly(1930, 1, 1), new DateOnly(1945, 12, 31))),
        (1, Gen.Elements(new DateOnly(1941, 11, 17), new DateOnly(1941, 11, 18))));

    private static Gen<DateOnly> ChildBirthGen() => Gen.Frequency(
        (3, DateBetween(new DateOnly(1986, 1, 1), new DateOnly(2007, 6, 1))),
        (1, Gen.Elements(new DateOnly(2003, 11, 17), new DateOnly(2003, 11, 18), new DateOnly(1988, 11, 17), new DateOnly(1988, 11, 18),
            new DateOnly(2000, 11, 17), new DateOnly(1989, 7, 1), new DateOnly(1989, 7, 2), new DateOnly(2007, 1, 1))));

    private static Gen<Conviction> ConvictionGen() =>
        from inGermany in Tri(85, 6)
        from culpability in Maybe(Gen.Elements(Culpability.Intentional, Culpability.Negligent), 6)
        from sentence in Maybe(Gen.Frequency((5, Gen.Constant(SentenceKind.DayFines)), (1, Gen.Constant(SentenceKind.Prison))), 8)
        from dayFines in Maybe(Gen.Frequency((3, Gen.Choose(5, 60)), (1, Gen.Choose(25, 120)), (1, Gen.Elements(30, 31, 50, 51, 60, 61, 90, 91))), 6)
        from foreignerOnly in Tri(40, 6)
        from date in Maybe(Gen.Frequency(
            (3, DateBetween(new DateOnly(1985, 1, 1), new DateOnly(2007, 6, 1))),
            (1, Gen.Elements(new DateOnly(1997, 8, 27), new DateOnly(1997, 8, 28), new DateOnly(2002, 8, 27), new DateOnly(2002, 8, 28), new DateOnly(1991, 5, 15)))), 6)
        from months in Maybe(Gen.Elements(1, 3, 4, 12, 13, 24), 5)
        from life in Gen.Frequency((30, Gen.Constant(false)), (1, Gen.Constant(true)))
        from erased in Tri(30, 2)
        from range in MaybeRef(
            from min in Maybe(Gen.Elements(30, 50, 51, 90, 91), 3)
            from width in Maybe(Gen.Elements(0, 1, 40), 3)
            select new IntegerRange { Min = min, Max = min is { } m && width is { } w ? m + w : width }, 3)
        select new Conviction
        {
            Date = date, InGermany = inGermany, Culpability = culpability, Sentence = sentence,
            DayFines = range is null ? dayFines : null, DayFinesRange = range, ForeignerOnlyOffence = foreignerOnly,
            PrisonMonths = sentence == SentenceKind.Prison && !life ? months : null, LifeSentence = life && sentence == SentenceKind.Prison,
            Erased = erased,
        };

    private static Gen<MisconductRecord> MisconductGen() =>
        from kind in Gen.Elements(MisconductKind.Deception, MisconductKind.Deception, MisconductKind.Obstruction, MisconductKind.Absconding)
        from from_ in Maybe(DateBetween(new DateOnly(1996, 1, 1), new DateOnly(2006, 6, 1)), 6)
        from to in Maybe(Gen.Frequency(
            (3, DateBetween(new DateOnly(1998, 1, 1), new DateOnly(2007, 6, 1))),
            (2, Gen.Elements(new DateOnly(2004, 8, 27), new DateOnly(2004, 8, 28), new DateOnly(2004, 9, 30), new DateOnly(2004, 10, 1)))), 4)
        from deliberate in Tri(70, 5)
        from caused in Tri(50, 4)
        from weight in Tri(50, 4)
        from outweighed in Tri(50, 4)
        select new MisconductRecord { Kind = kind, From = from_, To = to, Deliberate = deliberate, CausedNonRemoval = caused, OfSomeWeight = weight, OutweighedByIntegration = outweighed };

    private static Gen<Employment> JobGen() =>
        from kind in Gen.Frequency((5, Gen.Constant(EmploymentKind.Regular)), (1, Gen.Constant(EmploymentKind.MiniJob)), (2, Gen.Constant(EmploymentKind.TempAgency)), (1, Gen.Constant(EmploymentKind.SelfEmployed)), (2, Gen.Constant(EmploymentKind.Training)))
        from start in Maybe(Gen.Frequency(
            (2, DateBetween(new DateOnly(2006, 6, 1), new DateOnly(2007, 11, 30))),
            (1, Gen.Elements(new DateOnly(2007, 4, 26), new DateOnly(2007, 4, 27), new DateOnly(2007, 6, 30), new DateOnly(2007, 7, 1), new DateOnly(2007, 9, 30), new DateOnly(2007, 10, 1)))), 6)
        from end in Gen.Frequency((3, Gen.Constant((DateOnly?)null)), (1, DateBetween(new DateOnly(2007, 1, 1), new DateOnly(2008, 6, 1)).Select(d => (DateOnly?)d)))
        from fixedTerm in Tri(30, 5)
        from customary in Tri(50, 4)
        from insured in Tri(85, 6)
        from net in Maybe(Gen.Frequency((4, Gen.Choose(2, 30).Select(x => x * 100m)), (1, Gen.Elements(0m, 725.50m, 725.505m, 1000m, 1450.25m))), 6)
        from grossFactor in Maybe(Gen.Elements(1.2m, 1.4m, 1.6m), 5)
        from months in Maybe(Gen.Choose(0, 12), 4)
        from privileged in Tri(30, 4)
        from comparable in Tri(80, 4)
        from share in Maybe(Gen.Elements(0.6m, 0.7m, 0.75m, 1m), 4)
        from hourly in Maybe(Gen.Elements(5m, 6.99m, 7m, 9.5m), 4)
        from inside in Tri(85, 5)
        from additional in Tri(60, 4)
        from recognised in Tri(60, 4)
        select new Employment
        {
            Kind = kind, Start = start, End = end, FixedTerm = fixedTerm, FixedTermCustomaryInSector = customary,
            SocialInsurance = insured, NetMonthlyEur = net, GrossMonthlyEur = net * grossFactor, MonthsAlreadyWorked = months,
            PrivilegedWorkerAvailable = privileged, ConditionsComparable = comparable, ShareOfCollectiveWage = share,
            NetHourlyEur = hourly, WithinPermittedArea = inside, TrainingPlaceAdditional = additional, RecognisedApprenticeship = recognised,
        };

    private static Gen<IReadOnlyList<T>?> ListGen<T>(Gen<T> item, int percentNonEmpty, int nullOneIn) where T : class =>
        MaybeRef(Gen.Frequency(
            (100 - percentNonEmpty, Gen.Constant((IReadOnlyList<T>)[])),
            (percentNonEmpty, Gen.Choose(1, 3).SelectMany(n => Gen.ListOf(item, n)).Select(l => (IReadOnlyList<T>)l.ToList()))), nullOneIn);

    /// <summary>Status periods, a third of them without any status (they interrupt the stay like an interruption).</summary>
    private static Gen<StatusPeriod> StatusGen() =>
        from gap in GapGen()
        from status in Gen.Elements(ResidenceStatus.None, ResidenceStatus.Duldung, ResidenceStatus.Gestattung)
        select new StatusPeriod { From = gap.From, To = gap.To, Status = status };

    private static Gen<DatePeriod> GapGen() =>
        from from_ in DateBetween(new DateOnly(1996, 1, 1), new DateOnly(2007, 3, 1))
        from days in Gen.Frequency((3, Gen.Choose(0, 200)), (1, Gen.Elements(89, 90, 91)))
        from open in Gen.Frequency((8, Gen.Constant(false)), (1, Gen.Constant(true)))
        from endUnknown in Gen.Frequency((1, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new DatePeriod { From = from_, To = open ? null : from_.AddDays(days), EndUnknown = open && endUnknown };

    private static Gen<IdentityDocuments?> IdentityGen() => MaybeRef(
        from passport in Tri(70, 5)
        from substitute in Tri(50, 4)
        from clarified in Tri(60, 4)
        from visits in Maybe(Gen.Choose(0, 5), 4)
        from credible in Tri(50, 4)
        from offer in Tri(50, 4)
        from origin in MaybeRef(Gen.Elements("XK", "xk", "SRB", "IRQ", "TR"), 4)
        select new IdentityDocuments { ValidPassport = passport, SubstituteDocument = substitute, IdentityClarified = clarified, ConfirmedEmbassyVisits = visits, CredibleEffortsDocumented = credible, JobOffer = offer, Origin = origin }, 10);

    private static Gen<Person> PersonGen(string id, HouseholdRole role, DateOnly familyEntry) =>
        from birth in Maybe(role == HouseholdRole.Child ? ChildBirthGen() : AdultBirthGen(), 10)
        from ownEntry in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from entry in ownEntry ? Gen.Constant(familyEntry) : EntryGen()
        from entryKnown in Gen.Frequency((10, Gen.Constant(true)), (1, Gen.Constant(false)))
        from entryRange in Maybe(
            from before in Maybe(Gen.Elements(0, 1, 30, 400), 3)
            from after in Maybe(Gen.Elements(0, 1, 200), 3)
            select (Before: before, After: after), 2)
        from birthRange in Gen.Frequency((14, Gen.Constant<(int Before, int After)?>(null)), (1,
            from before in Gen.Elements(0, 1, 40, 400)
            from after in Gen.Elements(0, 1, 40, 400)
            select ((int Before, int After)?)(before, after)))
        from gaps in MaybeRef(Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 2))).SelectMany(k => Gen.ListOf(GapGen(), k)).Select(l => (IReadOnlyList<DatePeriod>)l.ToList()), 8)
        from history in MaybeRef(Gen.Choose(0, 2).SelectMany(k => Gen.ListOf(StatusGen(), k)).Select(l => (IReadOnlyList<StatusPeriod>)l.ToList()), 3)
        from tolerated in Tri(92, 8)
        from obliged in Tri(92, 8)
        from forbids in Tri(15, 6)
        from heldJobSearch in Tri(40, 4)
        from german in Maybe(Gen.Elements(CefrLevel.None, CefrLevel.A1, CefrLevel.A2, CefrLevel.A2, CefrLevel.B1, CefrLevel.C2), 6)
        from verified in Tri(60, 4)
        from course in Tri(50, 4)
        from germanSince in Maybe(Gen.Frequency(
            (3, DateBetween(new DateOnly(2005, 1, 1), new DateOnly(2008, 6, 1))),
            (1, Gen.Elements(new DateOnly(2007, 8, 27), new DateOnly(2007, 8, 28)))), 2)
        from schooling in MaybeRef(
            from attends in Tri(90, 6)
            from prognosis in Tri(85, 6)
            select new Schooling { AttendsSchool = attends, PositiveSchoolPrognosis = prognosis }, 8)
        from jobs in ListGen(JobGen(), role == HouseholdRole.Child ? 10 : 60, 8)
        from identity in IdentityGen()
        from cooperation in Tri(10, 8)
        from breachDeliberate in Tri(70, 4)
        from breachWeight in Tri(50, 4)
        from breachOutweighed in Tri(50, 4)
        from convictions in ListGen(ConvictionGen(), 25, 8)
        from misconduct in ListGen(MisconductGen(), 25, 8)
        from extremism in Tri(8, 10)
        from extremismEnded in Maybe(DateBetween(new DateOnly(1998, 1, 1), new DateOnly(2007, 6, 1)), 2)
        from exceptional in Tri(50, 3)
        from otherTitle in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
        from hardship in Tri(50, 3)
        from unable in Tri(30, 4)
        from notReasonable in Tri(50, 4)
        from noFamily in Tri(60, 4)
        from descendants in Tri(60, 4)
        select new Person
        {
            Id = id,
            Role = role,
            BirthDate = birthRange is null ? birth : null,
            // A birth date known only as a range around the drawn one (ADR 0013), cut at the entry date.
            BirthDateRange = birthRange is { } br && birth is { } bb
                ? new DateRange { From = bb.AddDays(-br.Before), To = entryKnown && (entry < bb ? bb : entry) is var e && e < bb.AddDays(br.After) ? e : bb.AddDays(br.After) }
                : null,
            EntryDate = entryKnown ? (birth is { } b && entry < b ? b : entry) : null,
            EntryDateRange = !entryKnown && entryRange is { } r
                ? new DateRange { From = r.Before is { } x ? entry.AddDays(-x) : null, To = r.After is { } y ? entry.AddDays(y) : null }
                : null,
            Interruptions = gaps,
            StatusHistory = history,
            Tolerated = tolerated,
            ObligedToLeave = obliged,
            DuldungForbidsEmployment = forbids,
            HeldJobSearchDuldung = heldJobSearch,
            GermanLevel = german,
            GermanVerifiedInPerson = verified,
            IntegrationCourseAdmitted = course,
            GermanLevelSince = germanSince,
            Schooling = role == HouseholdRole.Child ? schooling : null,
            Employments = jobs,
            Identity = identity,
            CooperationBreached = cooperation,
            CooperationBreachDeliberate = breachDeliberate,
            CooperationBreachOfSomeWeight = breachWeight,
            CooperationBreachOutweighedByIntegration = breachOutweighed,
            Convictions = convictions,
            Misconduct = misconduct,
            ExtremismLinks = extremism,
            ExtremismLinksEndedOn = extremism == false ? null : extremismEnded,
            ExceptionalCircumstances = exceptional,
            OtherTitleGranted = otherTitle,
            SpouseHardship = role == HouseholdRole.Spouse ? hardship : null,
            UnableToWork = unable,
            WorkNotReasonable = notReasonable,
            NoFamilyInCountryOfOrigin = noFamily,
            DescendantsSettledInGermany = descendants,
        };

    public static Gen<Household> WildHousehold() =>
        from size in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Constant(1)), (5, Gen.Constant(2)), (6, Gen.Constant(3)), (4, Gen.Constant(4)), (2, Gen.Constant(6)))
        from hasApplicant in Gen.Frequency((12, Gen.Constant(true)), (1, Gen.Constant(false)))
        from hasSpouse in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from entry in EntryGen()
        from roles in Gen.ListOf(Gen.Frequency((8, Gen.Constant(HouseholdRole.Child)), (1, Gen.Constant(HouseholdRole.OtherRelative))), size)
        let withParents = roles.Select((r, i) => i == 0 && hasApplicant ? HouseholdRole.Applicant : i == 1 && hasSpouse ? HouseholdRole.Spouse : r).ToList()
        from members in Gen.CollectToList(withParents.Select((role, i) => (role, i)), x => PersonGen($"{x.role.ToString().ToLowerInvariant()}-{(x.i * 7) % 10}{x.i}", x.role, entry))
        from filed in Tri(93, 10)
        from applicationDate in Maybe(Gen.Frequency(
            (4, DateBetween(new DateOnly(2006, 11, 20), new DateOnly(2007, 7, 30))),
            (1, Gen.Elements(new DateOnly(2007, 5, 18), new DateOnly(2007, 5, 19)))), 8)
        from withdrawn in Gen.Frequency((25, Gen.Constant(false)), (1, Gen.Constant(true)))
        from decision in Maybe(Gen.Frequency(
            (4, DateBetween(new DateOnly(2007, 2, 1), new DateOnly(2008, 3, 31))),
            (2, Gen.Elements(new DateOnly(2007, 8, 27), new DateOnly(2007, 8, 28), new DateOnly(2007, 9, 30), new DateOnly(2007, 10, 1)))), 8)
        from housing in MaybeRef(
            from sufficient in Tri(85, 6)
            from shelter in Tri(30, 4)
            select new Housing { Sufficient = sufficient, CommunalShelter = shelter }, 12)
        from livelihood in MaybeRef(
            from need in Maybe(Gen.Frequency((4, Gen.Choose(5, 30).Select(x => x * 100m)), (1, Gen.Elements(1450.25m, 1450.255m, 1000m, 2000m))), 6)
            from benefits in Tri(40, 6)
            from temporary in Tri(50, 4)
            from childBenefit in Maybe(Gen.Elements(154m, 154.005m, 308m, 0m), 3)
            from housingBenefit in Maybe(Gen.Elements(100m, 250m), 3)
            from otherwise in Tri(25, 6)
            select new Livelihood { MonthlyNeedEur = need, ReceivesBenefits = benefits, BenefitsTemporary = temporary, NotionalChildBenefitEur = childBenefit, NotionalHousingBenefitEur = housingBenefit, SecuredOtherwiseWithoutPublicFunds = otherwise }, 12)
        select new Household
        {
            CaseId = "wild",
            ApplicationFiled = filed,
            ApplicationDate = applicationDate,
            ApplicationWithdrawn = withdrawn,
            DecisionDate = decision,
            Housing = housing,
            Livelihood = livelihood,
            Members = members,
        };
}
