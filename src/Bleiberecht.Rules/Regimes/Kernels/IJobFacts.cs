using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>
/// The facts of one job (and of its holder and household, as far as the job's requirements read them) that the job
/// kernels read: over the object graph (<see cref="JobObjectFacts"/>) and over a <c>HouseholdBatch</c>'s job row
/// (<c>Bulk/BatchJobFacts</c>). A struct type parameter as <see cref="IPersonFacts"/>; dates are day numbers
/// (<see cref="Days.None"/> if not known).
/// </summary>
internal interface IJobFacts
{
    /// <summary>The holder's index in <c>members</c> (for questions).</summary>
    int Member { get; }

    /// <summary>The job's index in the holder's <c>employments</c> (for questions).</summary>
    int Index { get; }

    /// <summary>The household has a single member.</summary>
    bool SingleMember { get; }

    /// <summary>The household's decision date, or <see cref="Days.None"/>.</summary>
    int DecisionDate { get; }

    /// <summary>Kind of work.</summary>
    EmploymentKind Kind { get; }

    /// <summary>Start, or <see cref="Days.None"/>.</summary>
    int Start { get; }

    /// <summary>End, or <see cref="Days.None"/> (no end date).</summary>
    int End { get; }

    /// <summary>Months already worked in the job, or <see cref="int.MinValue"/> if not known.</summary>
    int MonthsWorked { get; }

    /// <summary>Fixed-term contract.</summary>
    Truth FixedTerm { get; }

    /// <summary>A fixed term is customary in the sector.</summary>
    Truth FixedTermCustomary { get; }

    /// <summary>Subject to social insurance.</summary>
    Truth SocialInsurance { get; }

    /// <summary>A privileged worker was available (BA priority check).</summary>
    Truth PrivilegedWorker { get; }

    /// <summary>Pay and conditions comparable (BA check).</summary>
    Truth ConditionsComparable { get; }

    /// <summary>The workplace lies within the permitted area.</summary>
    Truth WithinPermittedArea { get; }

    /// <summary>The training place is additional to the employer's usual number.</summary>
    Truth TrainingPlaceAdditional { get; }

    /// <summary>A recognised apprenticeship.</summary>
    Truth RecognisedApprenticeship { get; }

    /// <summary>The holder's Duldung says "employment not permitted".</summary>
    Truth DuldungForbidsEmployment { get; }

    /// <summary>The holder held the job-search Duldung (Punkt 9).</summary>
    Truth HeldJobSearchDuldung { get; }

    /// <summary>Gross monthly pay, or <c>null</c>.</summary>
    decimal? GrossMonthly { get; }

    /// <summary>Pay as a share of the collective or local wage, or <c>null</c>.</summary>
    decimal? ShareOfCollectiveWage { get; }

    /// <summary>Net hourly pay, or <c>null</c>.</summary>
    decimal? NetHourly { get; }
}
