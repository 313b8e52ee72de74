namespace Bleiberecht.Rules.Options;

/// <summary>
/// Group (b) of the discretion options (P01-P13): how a Land or authority processed applications. These values
/// shape timing, the share of undecided cases and the explanation — they never change eligibility, which is the
/// point of keeping them apart from the group (a) options that parameterise the rule elements. <c>null</c> means
/// the source leaves the base unspecified.
/// </summary>
public sealed record ProceduralOptions
{
    /// <summary>P01: the regional government (Regierungspräsidium) had to consent to each grant (BW); base false.</summary>
    public bool RegionalConsentRequired { get; init; }

    /// <summary>P02: one central authority decided for the Land; base false.</summary>
    public bool CentralisedAuthority { get; init; }

    /// <summary>P03: permit granted directly on a job offer without the job-search Duldung stage; unspecified.</summary>
    public bool? DirectPermitWithoutDuldungStage { get; init; }

    /// <summary>P04: working days to decide once a job offer is shown; none at base.</summary>
    public int? FastTrackOnJobOfferDays { get; init; }

    /// <summary>P05: date by which all applications must be finally decided (SN: 31.12.2007, L2906-2908).</summary>
    public DateOnly? FinalDecisionDeadline { get; init; }

    /// <summary>P06: how a missing passport is handled procedurally; unspecified. Explanation only: the rule set keeps such cases pending until the passport is obtained.</summary>
    public MissingPassportHandling? MissingPassportHandling { get; init; }

    /// <summary>P07: how potential applicants were informed; unspecified ("sehr unterschiedlich", L213-217).</summary>
    public Outreach? Outreach { get; init; }

    /// <summary>P08: pre-screening of potential applicants; base None.</summary>
    public PreScreening PreScreening { get; init; } = PreScreening.None;

    /// <summary>P09: first day of a deportation stop while applications are pending; none at base.</summary>
    public DateOnly? DeportationStopFrom { get; init; }

    /// <summary>P09: last day of that deportation stop (null = open-ended).</summary>
    public DateOnly? DeportationStopUntil { get; init; }

    /// <summary>P10: documents given to employers; base None.</summary>
    public EmployerCertificate EmployerCertificate { get; init; } = EmployerCertificate.None;

    /// <summary>P11: permits conditional on an integration agreement; unspecified ([background] § 104a Abs. 4).</summary>
    public bool? IntegrationAgreement { get; init; }

    /// <summary>P12: reported BA consent turnaround, lower bound in weeks; unspecified.</summary>
    public int? BAConsentTurnaroundWeeksMin { get; init; }

    /// <summary>P12: reported BA consent turnaround, upper bound in weeks; unspecified.</summary>
    public int? BAConsentTurnaroundWeeksMax { get; init; }

    /// <summary>P13: the study's overall characterisation; a calibration label, not a rule.</summary>
    public OverallStance? OverallStance { get; init; }
}

/// <summary>P06 values.</summary>
public enum MissingPassportHandling
{
    /// <summary>Refused.</summary>
    Refuse,

    /// <summary>Left pending.</summary>
    Pending,

    /// <summary>Pending with a formal assurance (Zusicherung) of the permit.</summary>
    PendingWithAssurance,
}

/// <summary>P07 values.</summary>
public enum Outreach
{
    /// <summary>All potentially eligible persons were written to.</summary>
    WrittenToAll,

    /// <summary>Only pre-screened persons were written to.</summary>
    WrittenToPreScreened,

    /// <summary>Informed at their next visit (Vorsprache).</summary>
    InformedAtVisit,

    /// <summary>Only on request.</summary>
    OnRequest,

    /// <summary>Only lawyers and a public notice.</summary>
    LawyersAndNoticeOnly,
}

/// <summary>P08 values.</summary>
public enum PreScreening
{
    /// <summary>No pre-screening.</summary>
    None,

    /// <summary>Advised against applying where an exclusion ground was apparent (Wuppertal, L2198-2201).</summary>
    AdviseAgainstIfExcluded,

    /// <summary>Only apparently eligible persons were invited.</summary>
    InviteOnlyEligible,
}

/// <summary>P10 values.</summary>
public enum EmployerCertificate
{
    /// <summary>Nothing.</summary>
    None,

    /// <summary>An information sheet for employers.</summary>
    InfoSheet,

    /// <summary>A certificate that an application was filed.</summary>
    ApplicationCertificate,

    /// <summary>A pre-clearance (Vorabbescheinigung).</summary>
    PreClearance,
}

/// <summary>P13 values.</summary>
public enum OverallStance
{
    /// <summary>Generous.</summary>
    Generous,

    /// <summary>Neutral.</summary>
    Neutral,

    /// <summary>Restrictive.</summary>
    Restrictive,

    /// <summary>Mixed.</summary>
    Mixed,
}
