using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// A job's facts over a <see cref="HouseholdBatch"/> (the bulk path): the packed <see cref="JobFacts"/> row, copied
/// once, and the rare amounts from the columns.
/// </summary>
/// <param name="b">The batch.</param>
/// <param name="j">The job's index in the batch.</param>
/// <param name="memberStart">The batch index of the household's first member.</param>
/// <param name="singleMember">The household has a single member.</param>
/// <param name="decisionDate">The household's decision date (day number), or <see cref="HouseholdBatch.NoDate"/>.</param>
internal readonly struct BatchJobFacts(HouseholdBatch b, int j, int memberStart, bool singleMember, int decisionDate) : IJobFacts
{
    private readonly JobFacts _row = b.Jobs[j];

    /// <inheritdoc />
    public int Member => b.JobOwner[j] - memberStart;

    /// <inheritdoc />
    public int Index
    {
        get
        {
            // Only questions read it (never on the bulk path): the jobs of one member are stored consecutively.
            var index = 0;
            while (j - index - 1 >= 0 && b.JobOwner[j - index - 1] == b.JobOwner[j])
            {
                index++;
            }

            return index;
        }
    }

    /// <inheritdoc />
    public bool SingleMember => singleMember;

    /// <inheritdoc />
    public int DecisionDate => decisionDate;

    /// <inheritdoc />
    public EmploymentKind Kind => _row.Kind;

    /// <inheritdoc />
    public int Start => _row.Start;

    /// <inheritdoc />
    public int End => _row.End;

    /// <inheritdoc />
    public int MonthsWorked => _row.MonthsWorked;

    /// <inheritdoc />
    public Truth FixedTerm => _row.FixedTerm;

    /// <inheritdoc />
    public Truth FixedTermCustomary => _row.FixedTermCustomary;

    /// <inheritdoc />
    public Truth SocialInsurance => _row.SocialInsurance;

    /// <inheritdoc />
    public Truth PrivilegedWorker => _row.PrivilegedWorker;

    /// <inheritdoc />
    public Truth ConditionsComparable => _row.ConditionsComparable;

    /// <inheritdoc />
    public Truth WithinPermittedArea => _row.WithinPermittedArea;

    /// <inheritdoc />
    public Truth TrainingPlaceAdditional => _row.TrainingPlaceAdditional;

    /// <inheritdoc />
    public Truth RecognisedApprenticeship => _row.RecognisedApprenticeship;

    /// <inheritdoc />
    public Truth DuldungForbidsEmployment => _row.DuldungForbidsEmployment;

    /// <inheritdoc />
    public Truth HeldJobSearchDuldung => _row.HeldJobSearchDuldung;

    /// <inheritdoc />
    public decimal? GrossMonthly => b.JobGross[j];

    /// <inheritdoc />
    public decimal? ShareOfCollectiveWage => b.JobShareOfCollectiveWage[j];

    /// <inheritdoc />
    public decimal? NetHourly => b.JobNetHourly[j];
}
