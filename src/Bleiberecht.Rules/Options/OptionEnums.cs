namespace Bleiberecht.Rules.Options;

/// <summary>A02: which fixed-term contracts count (option A02).</summary>
public enum FixedTermAcceptance
{
    /// <summary>Only permanent contracts ("insbesondere unbefristete Anstellung", L4105-4106) [derived base].</summary>
    PermanentOnly,

    /// <summary>Fixed-term if customary in the sector (Wiesbaden L1670-1675, Wuppertal).</summary>
    IfSectorCustomary,

    /// <summary>Fixed-term if the person is integrated and has already worked (Gütersloh, L2429-2432).</summary>
    IfIntegratedAndPreviouslyEmployed,

    /// <summary>Any fixed-term contract if the income suffices (Oder-Spree, L1222-1224).</summary>
    YesIfIncomeSufficient,
}

/// <summary>A06: whether training counts instead of full livelihood.</summary>
public enum TrainingAcceptance
{
    /// <summary>Training never counts.</summary>
    No,

    /// <summary>A recognised apprenticeship counts ([background] Punkt 3.3 exception group (a)).</summary>
    RecognisedApprenticeship,

    /// <summary>Any apprenticeship or education measure counts (Oder-Spree, L1117-1119).</summary>
    ApprenticeshipOrEducationMeasure,
}

/// <summary>A09: how the livelihood test covers the household.</summary>
public enum HouseholdCoverage
{
    /// <summary>Income covers the whole household's need (L633-634, L171-172).</summary>
    FullHousehold,

    /// <summary>One member's insured job covers more than half the need (Wuppertal, L2215-2219).</summary>
    OneInsuredJobCoversMajority,
}

/// <summary>A12: what satisfies the passport requirement.</summary>
public enum PassportSubstituteMode
{
    /// <summary>Only a valid passport (L1871-1874).</summary>
    PassportOnly,

    /// <summary>An identity substitute if all reasonable efforts are proven (L657-661; Oder-Spree).</summary>
    IdentitySubstituteIfEffortsProven,

    /// <summary>Credible documented efforts suffice (Rhein-Lahn).</summary>
    CredibleEffortsSuffice,

    /// <summary>A substitute on a job offer, passport later (unnamed authority, L3555-3560).</summary>
    SubstituteOnJobOfferPassportLater,
}

/// <summary>A14: weighing of a deception.</summary>
public enum DeceptionWeighing
{
    /// <summary>Any deliberate deception excludes (L182-184) [derived base].</summary>
    None,

    /// <summary>Only a deception of some weight excludes (NW decree 23.3.2007, L2104-2108).</summary>
    MinimumWeight,

    /// <summary>Deception is weighed against integration (SH, L3193-3197).</summary>
    BalanceAgainstIntegration,
}

/// <summary>A19: how one member's exclusion ground affects the household.</summary>
public enum ExclusionScope
{
    /// <summary>Any member's ground refuses the whole household (L2198-2201; [background]).</summary>
    WholeHousehold,

    /// <summary>Only the person with the ground is refused.</summary>
    PersonOnly,

    /// <summary>Whole household, except a spouse for whom refusal would be a particular hardship ([background] § 104a Abs. 3).</summary>
    WholeHouseholdExceptSpouseHardship,
}

/// <summary>A21: whether a communal shelter is sufficient housing.</summary>
public enum CommunalShelterAcceptance
{
    /// <summary>A shelter is not sufficient as such; the authority's finding on the housing decides.</summary>
    No,

    /// <summary>Accepted at the first grant of the permit (SH, L3199-3201) — the IMK permit is a first grant.</summary>
    FirstGrantOnly,

    /// <summary>Always accepted.</summary>
    Yes,
}

/// <summary>A22: how German is established.</summary>
public enum LanguageProofMode
{
    /// <summary>The source does not say.</summary>
    Unspecified,

    /// <summary>Checked orally in person at the authority (Rhein-Lahn, L2680-2682).</summary>
    OralCheckInPerson,

    /// <summary>
    /// Hurdles kept low (RP intent, L2534-2537). Recorded only: it does not lower the required level, which no Land
    /// varies (L4179-4180; docs/adr/0012, item 5).
    /// </summary>
    Lenient,
}

/// <summary>A23: consequence of insufficient German.</summary>
public enum LanguageDeficitOutcome
{
    /// <summary>Refusal (Barnim, L1031-1032) [derived base].</summary>
    Refuse,

    /// <summary>The Duldung is extended (Oder-Spree practice, L1121-1133).</summary>
    ExtendDuldung,

    /// <summary>A fixed-term permit with an integration course (Oder-Spree intent, L1121-1133).</summary>
    ConditionalPermitWithCourse,
}

/// <summary>A27: lifting of the residence restriction (Residenzpflicht) for the job search.</summary>
public enum ResidenzpflichtRelief
{
    /// <summary>Not lifted: a job outside the permitted area is not reachable.</summary>
    No,

    /// <summary>Suspended temporarily on request (BB decree, L1153-1156).</summary>
    TemporaryOnRequest,

    /// <summary>Lifted on request as a rule (MV, L1907-1910).</summary>
    RoutineOnRequest,

    /// <summary>Lifted for holders of the job-search Duldung only (SN, L2912-2918): fact <c>heldJobSearchDuldung</c>.</summary>
    ForJobSearchDuldungHolders,

    /// <summary>Lifted generally (BY, L712-715).</summary>
    Lifted,

    /// <summary>Lifted in some Kommunen only (TH, L3419-3423).</summary>
    SomeKommunen,
}

/// <summary>A31: evaluation under § 104a once in force.</summary>
public enum Convert104a
{
    /// <summary>No conversion.</summary>
    No,

    /// <summary>Pending applications are converted.</summary>
    ConvertPending,

    /// <summary>Both regimes are evaluated.</summary>
    EvaluateBoth,
}

/// <summary>
/// A33: how a period of residence is counted (§§ 187, 188 BGB, applied to periods in administrative law through
/// § 31 Abs. 1 VwVfG [background]: verify). The reference date itself always counts in full.
/// </summary>
public enum PeriodCounting
{
    /// <summary>
    /// Entry is an event in the course of a day, so that day is not counted (§ 187 Abs. 1 BGB) and a period of n years
    /// ends with the anniversary of the entry (§ 188 Abs. 2 Alt. 1): entry on 17.11.1998 completes 8 years on
    /// 17.11.2006, entry on 18.11.1998 does not. The base: the reading the engine has always applied.
    /// </summary>
    EntryDayExcluded,

    /// <summary>
    /// The day of entry counts in full, as the start of a day does (§ 187 Abs. 2 S. 1 BGB), and a period of n years
    /// ends with the day before the anniversary (§ 188 Abs. 2 Alt. 2): entry on 18.11.1998 completes 8 years at the
    /// end of 17.11.2006, entry on 19.11.1998 does not.
    /// </summary>
    EntryDayCounts,
}
