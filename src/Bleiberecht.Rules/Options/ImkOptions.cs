namespace Bleiberecht.Rules.Options;

/// <summary>
/// Every parameter of the IMK 2006 rule set, grouped by the discretion option ids the Land
/// profiles and variant files use (e.g. <c>Family.MinChildAge</c>). <see cref="Base"/> holds the values the resolution
/// itself implies; Land profiles and variants derive new instances with <c>with</c> — nothing is ever mutated, so
/// one variant can never leak into another.
/// </summary>
/// <remarks>Each value cites its source (study lines, IMK points, statutes) in its documentation.</remarks>
public sealed record ImkOptions
{
    /// <summary>The resolution's own parameters (see each group for sources).</summary>
    public static ImkOptions Base { get; } = new();

    /// <summary>Resolution, legal basis and permit (elements 1, 2, 4, 5, 32).</summary>
    public ResidenceOptions Residence { get; init; } = new();

    /// <summary>What makes a household a family and how exclusions spread (elements 6, 22).</summary>
    public FamilyOptions Family { get; init; } = new();

    /// <summary>School attendance and prognosis (elements 9, 10).</summary>
    public SchoolOptions School { get; init; } = new();

    /// <summary>Housing (element 7).</summary>
    public HousingOptions Housing { get; init; } = new();

    /// <summary>German (element 8).</summary>
    public LanguageOptions Language { get; init; } = new();

    /// <summary>Passport and identity (elements 11, 12).</summary>
    public PassportOptions Passport { get; init; } = new();

    /// <summary>Exclusion grounds (elements 17-21).</summary>
    public ExclusionOptions Exclusion { get; init; } = new();

    /// <summary>Which jobs count (element 14).</summary>
    public EmploymentOptions Employment { get; init; } = new();

    /// <summary>The income test (element 13).</summary>
    public IncomeOptions Income { get; init; } = new();

    /// <summary>Punkt 3.3's exception groups (b)-(e) [background].</summary>
    public ExceptionGroupOptions ExceptionGroups { get; init; } = new();

    /// <summary>BA consent and its checks (elements 25-28).</summary>
    public LabourMarketOptions LabourMarket { get; init; } = new();

    /// <summary>Annotations on the Duldung (element 30).</summary>
    public DuldungOptions Duldung { get; init; } = new();

    /// <summary>Deadlines (elements 24, 31, 33).</summary>
    public DeadlineOptions Deadline { get; init; } = new();

    /// <summary>Routing after the IMK route fails (element 37).</summary>
    public FallbackOptions Fallback { get; init; } = new();

    /// <summary>Group (b): procedural options (P01-P13). Data for simulation and explanation; never eligibility.</summary>
    public ProceduralOptions Procedure { get; init; } = new();
}

/// <summary>Residence-time parameters.</summary>
public sealed record ResidenceOptions
{
    /// <summary>Date of the resolution (L3-4): the version anchor.</summary>
    public DateOnly ResolutionDate { get; init; } = new(2006, 11, 17);

    /// <summary>Reference date (Stichtag) for residence time; not printed in the study (L792) — [background] 17.11.2006.</summary>
    public DateOnly ReferenceDate { get; init; } = new(2006, 11, 17);

    /// <summary>Minimum years for a family (L5-6, L1432-1433).</summary>
    public int MinYearsFamily { get; init; } = 6;

    /// <summary>Minimum years for a single person / household without a qualifying child (L5-6).</summary>
    public int MinYearsOther { get; init; } = 8;

    /// <summary>
    /// Interruptions up to this many days do not break the residence time. Base 0: the resolution requires
    /// uninterrupted residence [background]; § 85 AufenthG lets authorities disregard short interruptions.
    /// </summary>
    public int InterruptionToleranceDays { get; init; }

    /// <summary>
    /// A33 <c>Residence.PeriodCounting</c>: whether the day of entry counts (§ 187 Abs. 1 vs Abs. 2 BGB [background]);
    /// the study prints no rule. Base <see cref="PeriodCounting.EntryDayExcluded"/>, the reading applied so far.
    /// </summary>
    public PeriodCounting PeriodCounting { get; init; } = PeriodCounting.EntryDayExcluded;

    /// <summary>A27 <c>Residence.ResidenzpflichtLifted</c>; base No (L1157-1159).</summary>
    public ResidenzpflichtRelief ResidenzpflichtLifted { get; init; } = ResidenzpflichtRelief.No;

    /// <summary>Validity of the residence permit in months ("auf zwei Jahre befristete", L6-7).</summary>
    public int PermitValidityMonths { get; init; } = 24;
}

/// <summary>Family parameters.</summary>
public sealed record FamilyOptions
{
    /// <summary>
    /// A01 <c>Family.MinChildAge</c>: minimum age of the child that makes a household a family. Unspecified in the
    /// study; [background] kindergarten age, 3 years (legal claim to a kindergarten place from 3, § 24 SGB VIII in
    /// the 2006 version). Berlin: 2 (L804-807).
    /// </summary>
    public int MinChildAge { get; init; } = 3;

    /// <summary>Age of majority: a child is a minor below it (§ 2 BGB) [background].</summary>
    public int AgeOfMajority { get; init; } = 18;

    /// <summary>A19 <c>Family.ExclusionScope</c>; base WholeHousehold (L2198-2201; [background]).</summary>
    public ExclusionScope ExclusionScope { get; init; } = ExclusionScope.WholeHousehold;
}

/// <summary>School parameters.</summary>
public sealed record SchoolOptions
{
    /// <summary>Age from which school attendance is compulsory (Schulpflicht) [background]: 6.</summary>
    public int CompulsoryFromAge { get; init; } = 6;

    /// <summary>A20 <c>School.PrognosisRequiredForFamily</c>; base true (L3201-3202). SH: false (L3198-3208).</summary>
    public bool PrognosisRequiredForFamily { get; init; } = true;
}

/// <summary>Housing parameters.</summary>
public sealed record HousingOptions
{
    /// <summary>A21 <c>Housing.CommunalShelterAccepted</c>; unspecified in the study, base No. SH: FirstGrantOnly (L3199-3201).</summary>
    public CommunalShelterAcceptance CommunalShelterAccepted { get; init; } = CommunalShelterAcceptance.No;
}

/// <summary>Language parameters.</summary>
public sealed record LanguageOptions
{
    /// <summary>Required level: A2 (L4179-4180); no Land changed it.</summary>
    public Facts.CefrLevel RequiredLevel { get; init; } = Facts.CefrLevel.A2;

    /// <summary>A22 <c>Language.ProofMode</c>; base Unspecified. No mode lowers the required level (docs/adr/0012, item 5).</summary>
    public LanguageProofMode ProofMode { get; init; } = LanguageProofMode.Unspecified;

    /// <summary>
    /// A23 <c>Language.DeficitOutcome</c>; base Refuse [derived] (L1031-1032). With a course, a deficit is met only by
    /// admission to an integration course (L1121-1131; docs/adr/0012, item 10).
    /// </summary>
    public LanguageDeficitOutcome DeficitOutcome { get; init; } = LanguageDeficitOutcome.Refuse;
}

/// <summary>Passport parameters (A12 <c>Passport.SubstituteAccepted</c>).</summary>
public sealed record PassportOptions
{
    /// <summary>What satisfies the passport duty; base PassportOnly (L1871-1874).</summary>
    public PassportSubstituteMode SubstituteAccepted { get; init; } = PassportSubstituteMode.PassportOnly;

    /// <summary>Minimum confirmed embassy visits to prove efforts (Oder-Spree: 3, L1167-1175); null = no count.</summary>
    public int? MinConfirmedEmbassyVisits { get; init; }

    /// <summary>A substitute needs clarified identity (München, L657-661).</summary>
    public bool RequiresIdentityClarified { get; init; } = true;

    /// <summary>A substitute needs the absence of deception or obstruction (Oder-Spree).</summary>
    public bool RequiresNoMisconduct { get; init; } = true;

    /// <summary>Origins the substitute practice applies to (null = all).</summary>
    public IReadOnlyList<string>? AppliesToOrigins { get; init; }
}

/// <summary>Exclusion-ground parameters.</summary>
public sealed record ExclusionOptions
{
    /// <summary>A13: a deception excludes only if it prevented removal. Unspecified; base false (BE false, L851-853).</summary>
    public bool DeceptionRequiresCausality { get; init; }

    /// <summary>A14; base None [derived] (L182-184).</summary>
    public DeceptionWeighing DeceptionWeighing { get; init; } = DeceptionWeighing.None;

    /// <summary>A15: only deceptions ending within this many years before the decision count; null = no limit.</summary>
    public int? DeceptionLookbackYears { get; init; }

    /// <summary>
    /// A34: only obstructions of removal ending within this many years before the decision count; null = no limit
    /// (the study states none; ADR 0013).
    /// </summary>
    public int? ObstructionLookbackYears { get; init; }

    /// <summary>A35: only absconding ending within this many years before the decision counts; null = no limit (ADR 0013).</summary>
    public int? AbscondingLookbackYears { get; init; }

    /// <summary>
    /// A36: extremist links that ended (<c>Person.ExtremismLinksEndedOn</c>) more than this many years before the
    /// decision no longer count; null = no limit, ended links count as before (ADR 0013).
    /// </summary>
    public int? ExtremismLookbackYears { get; init; }

    /// <summary>A16: absconding is a ground; base true (L1869-1871); MV false.</summary>
    public bool AbscondingIsGround { get; init; } = true;

    /// <summary>A17: day-fines disregarded up to this total for general offences (MV 50, L1850; [background]).</summary>
    public int ConvictionDayFinesGeneral { get; init; } = 50;

    /// <summary>A17: day-fines disregarded up to this total for foreigner-only offences ([background] 90).</summary>
    public int ConvictionDayFinesForeignerOnly { get; init; } = 90;

    /// <summary>A18: the authority may disregard a conviction above the threshold in exceptional cases; base false.</summary>
    public bool ConvictionDiscretionaryOverride { get; init; }
}

/// <summary>Which jobs count.</summary>
public sealed record EmploymentOptions
{
    /// <summary>A02; base PermanentOnly [derived] (L4105-4106).</summary>
    public FixedTermAcceptance FixedTermAccepted { get; init; } = FixedTermAcceptance.PermanentOnly;

    /// <summary>A03: months already worked in the job; null = no requirement (unspecified).</summary>
    public int? MinPriorEmploymentMonths { get; init; }

    /// <summary>A04: temp-agency work counts while BA consent is required; unspecified, base false (L2071-2073, § 40 AufenthG).</summary>
    public bool TempAgencyAccepted { get; init; }

    /// <summary>A05: self-employment counts; unspecified, base false (BE true, L807-810).</summary>
    public bool SelfEmploymentAccepted { get; init; }

    /// <summary>A06; [background] base RecognisedApprenticeship (Punkt 3.3 exception (a)).</summary>
    public TrainingAcceptance TrainingCounts { get; init; } = TrainingAcceptance.RecognisedApprenticeship;
}

/// <summary>The income test.</summary>
public sealed record IncomeOptions
{
    /// <summary>A07: minimum gross monthly pay of a single person's job in EUR; null = none (HH example 1,000, L1478-1480).</summary>
    public decimal? MinimumGrossForSingle { get; init; }

    /// <summary>A08: minimum pay as a share of the collective or local wage (HH 0.70); null = none.</summary>
    public decimal? WageFloorMinShareOfCollectiveWage { get; init; }

    /// <summary>A08: minimum net hourly pay in EUR (Wuppertal 7, L2324-2328); null = none.</summary>
    public decimal? WageFloorMinNetHourlyEur { get; init; }

    /// <summary>A09; base FullHousehold (L633-634). The majority route is for families of more than one member (L2215-2219; docs/adr/0012).</summary>
    public HouseholdCoverage HouseholdCoverage { get; init; } = HouseholdCoverage.FullHousehold;

    /// <summary>Share of the need one insured job must exceed under OneInsuredJobCoversMajority ("überwiegend" = more than half [derived]).</summary>
    public decimal MajorityShare { get; init; } = 0.5m;

    /// <summary>A10; base false [derived] (L171-172). Tolerance applies to families of more than one member, "in diesen Fällen" (L2224-2225; docs/adr/0012).</summary>
    public bool TemporaryBenefitsTolerated { get; init; }

    /// <summary>A11; base false [derived]; Gütersloh true (L2427-2429), for families with at least three minor children (docs/adr/0012).</summary>
    public bool NotionalChildAndHousingBenefit { get; init; }
}

/// <summary>
/// The exception groups of Punkt 3.3 of the resolution [background: IMK-Beschluss of 17.11.2006, Nr. 3.3; the same
/// list reappears in § 104a Abs. 6 S. 2 AufenthG]: who may be granted although their livelihood is not fully secured
/// by employment. The study names the point only as a grant category (L1022-1023), never its content, so each group
/// is a parameter a rule set can switch off. Group (a), trainees, is A06 (<see cref="EmploymentOptions.TrainingCounts"/>).
/// </summary>
public sealed record ExceptionGroupOptions
{
    /// <summary>(b) families with minor children that depend on benefits only temporarily, to supplement earnings; base true [background].</summary>
    public bool FamiliesOnTemporarySupplementaryBenefits { get; init; } = true;

    /// <summary>
    /// (c) single parents with minor children who temporarily depend on benefits and cannot reasonably be expected
    /// to work (§ 10 Abs. 1 Nr. 3 SGB II, e.g. raising a child under three); base true [background].
    /// </summary>
    public bool SingleParentsWorkNotReasonable { get; init; } = true;

    /// <summary>(d) persons unable to work whose livelihood, including care, is permanently secured otherwise without public funds; base true [background].</summary>
    public bool UnableToWorkSecuredOtherwise { get; init; } = true;

    /// <summary>
    /// (e) persons of at least <see cref="ElderlyMinAge"/> with no family in the country of origin but children or
    /// grandchildren with lasting residence or German nationality in Germany, where no benefits are claimed; base
    /// true [background].
    /// </summary>
    public bool ElderlyWithFamilyInGermany { get; init; } = true;

    /// <summary>(e) age to have completed on the reference date; base 65 [background].</summary>
    public int ElderlyMinAge { get; init; } = 65;
}

/// <summary>BA consent and its checks.</summary>
public sealed record LabourMarketOptions
{
    /// <summary>A24: last day of the priority check; base 2007-04-26 (L3115-3119); null = never applied (BE, L811-814).</summary>
    public DateOnly? PriorityCheckUntil { get; init; } = new DateOnly(2007, 4, 26);

    /// <summary>A25: last day of the BA working-conditions check; base 2007-04-26.</summary>
    public DateOnly? WorkingConditionsCheckUntil { get; init; } = new DateOnly(2007, 4, 26);

    /// <summary>A26: a training place must be additional to the employer's usual number; base true.</summary>
    public bool TrainingAdditionalityCheck { get; init; } = true;
}

/// <summary>Duldung annotations.</summary>
public sealed record DuldungOptions
{
    /// <summary>A28: the job-search Duldung must not bar employment; unspecified, base false (SN true, L2913-2916).</summary>
    public bool WorkPermittedAnnotation { get; init; }
}

/// <summary>Deadlines.</summary>
public sealed record DeadlineOptions
{
    /// <summary>A29: a qualifying job must be shown by this day (Punkt 9, "bis einschließlich 30.9.2007", L620-621).</summary>
    public DateOnly WorkTakeUp { get; init; } = new(2007, 9, 30);

    /// <summary>A29: the job-search Duldung is extended after the deadline (SH, L3212-3218).</summary>
    public bool ExtensionAfterDeadline { get; init; }

    /// <summary>
    /// A30: last day for applications. The study prints no date (L706-707); the [background] rule "six months after
    /// the resolution" (17.11.2006) ends on 17.5.2007 — an event period: the resolution's day is not counted
    /// (§ 187 Abs. 1 BGB) and the period ends with the day numbered like it six months later (§ 188 Abs. 2 BGB)
    /// [derived; verify]. 18.5.2007, also given, has no source (docs/adr/0012, item 8).
    /// </summary>
    public DateOnly? Application { get; init; } = new DateOnly(2007, 5, 17);
}

/// <summary>Routing after the IMK route fails.</summary>
public sealed record FallbackOptions
{
    /// <summary>A31; base No (not part of the resolution).</summary>
    public Convert104a Convert104a { get; init; } = Convert104a.No;

    /// <summary>A32: other humanitarian titles are considered; base false.</summary>
    public bool OtherHumanitarianTitle { get; init; }
}
