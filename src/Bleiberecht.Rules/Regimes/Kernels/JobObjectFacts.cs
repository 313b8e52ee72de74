using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>A job's facts over the object graph (the explain path).</summary>
/// <param name="j">The job.</param>
internal readonly struct JobObjectFacts(JobContext j) : IJobFacts
{
    /// <inheritdoc />
    public int Member => j.Member.Index;

    /// <inheritdoc />
    public int Index => j.Index;

    /// <inheritdoc />
    public bool SingleMember => j.Member.Household.MemberArray.Length == 1;

    /// <inheritdoc />
    public int DecisionDate => Days.Of(j.Member.Household.Household.DecisionDate);

    /// <inheritdoc />
    public EmploymentKind Kind => j.Job.Kind;

    /// <inheritdoc />
    public int Start => Days.Of(j.Job.Start);

    /// <inheritdoc />
    public int End => Days.Of(j.Job.End);

    /// <inheritdoc />
    public int MonthsWorked => j.Job.MonthsAlreadyWorked ?? int.MinValue;

    /// <inheritdoc />
    public Truth FixedTerm => j.Job.FixedTerm.ToTruth();

    /// <inheritdoc />
    public Truth FixedTermCustomary => j.Job.FixedTermCustomaryInSector.ToTruth();

    /// <inheritdoc />
    public Truth SocialInsurance => j.Job.SocialInsurance.ToTruth();

    /// <inheritdoc />
    public Truth PrivilegedWorker => j.Job.PrivilegedWorkerAvailable.ToTruth();

    /// <inheritdoc />
    public Truth ConditionsComparable => j.Job.ConditionsComparable.ToTruth();

    /// <inheritdoc />
    public Truth WithinPermittedArea => j.Job.WithinPermittedArea.ToTruth();

    /// <inheritdoc />
    public Truth TrainingPlaceAdditional => j.Job.TrainingPlaceAdditional.ToTruth();

    /// <inheritdoc />
    public Truth RecognisedApprenticeship => j.Job.RecognisedApprenticeship.ToTruth();

    /// <inheritdoc />
    public Truth DuldungForbidsEmployment => j.Member.Person.DuldungForbidsEmployment.ToTruth();

    /// <inheritdoc />
    public Truth HeldJobSearchDuldung => j.Member.Person.HeldJobSearchDuldung.ToTruth();

    /// <inheritdoc />
    public decimal? GrossMonthly => j.Job.GrossMonthlyEur;

    /// <inheritdoc />
    public decimal? ShareOfCollectiveWage => j.Job.ShareOfCollectiveWage;

    /// <inheritdoc />
    public decimal? NetHourly => j.Job.NetHourlyEur;
}
