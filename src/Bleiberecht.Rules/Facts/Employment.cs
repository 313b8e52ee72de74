namespace Bleiberecht.Rules.Facts;

/// <summary>
/// One job, training place or self-employment, taken up or firmly offered. Whether it counts towards a secured
/// livelihood is decided by <c>IMK.Livelihood.EmploymentQuality</c> and the labour-market elements 25-31.
/// </summary>
public sealed record Employment
{
    /// <summary>Kind of work.</summary>
    public required EmploymentKind Kind { get; init; }

    /// <summary>First working day (or planned start for an offer).</summary>
    public DateOnly? Start { get; init; }

    /// <summary>Last working day, if it has ended or the contract ends.</summary>
    public DateOnly? End { get; init; }

    /// <summary>The contract is fixed-term (befristet).</summary>
    public bool? FixedTerm { get; init; }

    /// <summary>Fixed-term contracts are customary in the sector (branchenüblich, L1670-1675).</summary>
    public bool? FixedTermCustomaryInSector { get; init; }

    /// <summary>Subject to social insurance (sozialversicherungspflichtig, L1772-1773).</summary>
    public bool? SocialInsurance { get; init; }

    /// <summary>Gross monthly pay in EUR.</summary>
    public decimal? GrossMonthlyEur { get; init; }

    /// <summary>Net monthly pay in EUR.</summary>
    public decimal? NetMonthlyEur { get; init; }

    /// <summary>Months the person has already worked in this job at the decision date.</summary>
    public int? MonthsAlreadyWorked { get; init; }

    /// <summary>For the BA priority check: a privileged worker (German, EU) was available for the job.</summary>
    public bool? PrivilegedWorkerAvailable { get; init; }

    /// <summary>For the BA working-conditions check: pay and conditions match collective or local terms.</summary>
    public bool? ConditionsComparable { get; init; }

    /// <summary>Pay as a share of the collective or locally customary wage (e.g. 0.75), for a wage floor.</summary>
    public decimal? ShareOfCollectiveWage { get; init; }

    /// <summary>Net hourly pay in EUR, for a wage floor such as Wuppertal's 7 €/h (L2324-2328).</summary>
    public decimal? NetHourlyEur { get; init; }

    /// <summary>The workplace lies within the area the Duldung restricts the person to (Residenzpflicht).</summary>
    public bool? WithinPermittedArea { get; init; }

    /// <summary>
    /// For training: the place is additional to the employer's usual number of training places (the BA benchmark
    /// was the average of the last three years, L3986-3990); asked while <c>LabourMarket.TrainingAdditionalityCheck</c>.
    /// </summary>
    public bool? TrainingPlaceAdditional { get; init; }

    /// <summary>For training: a recognised apprenticeship (anerkannter Ausbildungsberuf).</summary>
    public bool? RecognisedApprenticeship { get; init; }
}

/// <summary>Kind of work.</summary>
public enum EmploymentKind
{
    /// <summary>Regular employment.</summary>
    Regular,

    /// <summary>Marginal employment (Minijob, 400-euro job): never sufficient (L4304-4307, L2294-2297).</summary>
    MiniJob,

    /// <summary>Temporary agency work (Leiharbeit/Zeitarbeit), L1480-1482, L2071-2073.</summary>
    TempAgency,

    /// <summary>Self-employment (L807-810).</summary>
    SelfEmployed,

    /// <summary>Vocational training or an education measure (L1117-1119).</summary>
    Training,
}
