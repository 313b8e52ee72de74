using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes.Imk2006;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// The livelihood facts over a <see cref="HouseholdBatch"/>'s packed household row and columns (the bulk path);
/// whether a job counts is its kernel over the job's row (<see cref="BatchJobFacts"/>).
/// </summary>
internal readonly struct BatchLivelihoodFacts : ILivelihoodFacts
{
    private readonly HouseholdBatch _b;
    private readonly CompiledRuleSet _c;
    private readonly int _h;
    private readonly int _first;
    private readonly int _count;
    private readonly int _jobStart;
    private readonly int _jobCount;
    private readonly int _decision;

    /// <summary>The facts of household <paramref name="h"/> of <paramref name="b"/> under rule set <paramref name="c"/>.</summary>
    public BatchLivelihoodFacts(HouseholdBatch b, CompiledRuleSet c, int h)
    {
        ref readonly var hh = ref b.Households[h];
        _b = b;
        _c = c;
        _h = h;
        _first = hh.MemberStart;
        _count = hh.MemberEnd - hh.MemberStart;
        _jobStart = hh.JobStart;
        _jobCount = hh.JobEnd - hh.JobStart;
        _decision = hh.DecisionDate;
    }

    /// <inheritdoc />
    public int MemberCount => _count;

    /// <inheritdoc />
    public HouseholdRole Role(int i) => _b.Role[_first + i];

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Truth IsMinorChild(int i)
        => _b.Role[_first + i] != HouseholdRole.Child ? Truth.False : MembersKernel.IsMinorChild(_b.Role[_first + i], AgeAtReference(i), _c.AgeOfMajority);

    /// <inheritdoc />
    public int AgeAtReference(int i) => Ages.On(_b.BirthCivil[_first + i], _c.ReferenceCivil);

    /// <inheritdoc />
    public Truth WorkNotReasonable(int i) => _b.WorkNotReasonable[_first + i];

    /// <inheritdoc />
    public Truth UnableToWork(int i) => _b.UnableToWork[_first + i];

    /// <inheritdoc />
    public Truth NoFamilyInCountryOfOrigin(int i) => _b.NoFamilyInOrigin[_first + i];

    /// <inheritdoc />
    public Truth DescendantsSettledInGermany(int i) => _b.DescendantsSettled[_first + i];

    /// <inheritdoc />
    public Truth ReceivesBenefits => _b.Households[_h].ReceivesBenefits;

    /// <inheritdoc />
    public Truth BenefitsTemporary => _b.Households[_h].BenefitsTemporary;

    /// <inheritdoc />
    public Truth SecuredOtherwise => _b.Households[_h].SecuredOtherwise;

    /// <inheritdoc />
    public Truth SomeJobCounts()
    {
        var any = _b.Households[_h].EmploymentsUnknown ? Truth.Unknown : Truth.False;
        for (var k = 0; k < _jobCount && any != Truth.True; k++)
        {
            any = any.Or(JobCounts(k, out _));
        }

        return any;
    }

    /// <inheritdoc />
    public bool EmploymentsUnknown(int i) => _b.PersonEmploymentsUnknown[_first + i];

    /// <inheritdoc />
    public int JobCount => _jobCount;

    /// <inheritdoc />
    public int JobOwner(int k) => _b.JobOwner[_jobStart + k] - _first;

    /// <inheritdoc />
    public EmploymentKind JobKind(int k) => _b.Jobs[_jobStart + k].Kind;

    /// <inheritdoc />
    public Truth JobSocialInsurance(int k) => _b.Jobs[_jobStart + k].SocialInsurance;

    /// <inheritdoc />
    public Truth JobRecognisedApprenticeship(int k) => _b.Jobs[_jobStart + k].RecognisedApprenticeship;

    /// <inheritdoc />
    public Truth JobCounts(int k, out Truth access)
    {
        var job = new BatchJobFacts(_b, _jobStart + k, _first, _count == 1, _decision);
        var trace = default(NoTrace);
        return JobKernels.Counts(ref job, ref trace, _c.Options, out access);
    }

    /// <inheritdoc />
    public void AskJob<TTrace>(ref TTrace t, int k, bool accessOnly)
        where TTrace : struct, ITrace
    {
        // The bulk path asks nothing.
    }

    /// <inheritdoc />
    public decimal? JobNet(int k) => _b.JobNet[_jobStart + k];

    /// <inheritdoc />
    public long JobNetCents(int k) => _b.Jobs[_jobStart + k].NetCents;

    /// <inheritdoc />
    public decimal? Need => _b.Households[_h].NeedKnown ? _b.Need[_h] : null;

    /// <inheritdoc />
    public long NeedCents => _b.Households[_h].NeedCents;

    /// <inheritdoc />
    public decimal Notional => _b.NotionalBenefits[_h];

    /// <inheritdoc />
    public long NotionalCents => _b.Households[_h].NotionalCents;

    /// <inheritdoc />
    public bool NotionalOpen => _b.NotionalUnknown[_h];

    /// <inheritdoc />
    public bool NotionalChildBenefitUnknown => _b.Sources[_h].Livelihood?.NotionalChildBenefitEur is null;

    /// <inheritdoc />
    public bool NotionalHousingBenefitUnknown => _b.Sources[_h].Livelihood?.NotionalHousingBenefitEur is null;

    /// <inheritdoc />
    public int JobIndex(int k)
    {
        // Only questions read it (never on the bulk path): the jobs of one member are stored consecutively.
        var owner = _b.JobOwner[_jobStart + k];
        var index = 0;
        while (k - index - 1 >= 0 && _b.JobOwner[_jobStart + k - index - 1] == owner)
        {
            index++;
        }

        return index;
    }

    /// <inheritdoc />
    public bool CentsExact => _b.Households[_h].CentsExact;
}
