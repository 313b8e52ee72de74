using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Imk2006;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>The livelihood facts over the object graph (the explain path).</summary>
/// <param name="h">The household under its rule set's options.</param>
internal struct LivelihoodObjectFacts(HouseholdContext h) : ILivelihoodFacts
{
    /// <summary>Whether a member's job counts, with the questions of the jobs still open, once <see cref="SomeJobCounts"/> was read.</summary>
    public Check? Jobs { get; private set; }

    /// <inheritdoc />
    public readonly int MemberCount => h.MemberArray.Length;

    /// <inheritdoc />
    public readonly HouseholdRole Role(int i) => h.MemberArray[i].Person.Role;

    /// <inheritdoc />
    public readonly Truth IsMinorChild(int i) => Members.IsMinorChild(h.MemberArray[i]);

    /// <inheritdoc />
    public readonly int AgeAtReference(int i) => Members.AgeAtReference(h.MemberArray[i]) ?? int.MinValue;

    /// <inheritdoc />
    public readonly Truth WorkNotReasonable(int i) => h.MemberArray[i].Person.WorkNotReasonable.ToTruth();

    /// <inheritdoc />
    public readonly Truth UnableToWork(int i) => h.MemberArray[i].Person.UnableToWork.ToTruth();

    /// <inheritdoc />
    public readonly Truth NoFamilyInCountryOfOrigin(int i) => h.MemberArray[i].Person.NoFamilyInCountryOfOrigin.ToTruth();

    /// <inheritdoc />
    public readonly Truth DescendantsSettledInGermany(int i) => h.MemberArray[i].Person.DescendantsSettledInGermany.ToTruth();

    /// <inheritdoc />
    public readonly Truth ReceivesBenefits => h.Household.Livelihood?.ReceivesBenefits.ToTruth() ?? Truth.Unknown;

    /// <inheritdoc />
    public readonly Truth BenefitsTemporary => h.Household.Livelihood?.BenefitsTemporary.ToTruth() ?? Truth.Unknown;

    /// <inheritdoc />
    public readonly Truth SecuredOtherwise => h.Household.Livelihood?.SecuredOtherwiseWithoutPublicFunds.ToTruth() ?? Truth.Unknown;

    /// <inheritdoc />
    public Truth SomeJobCounts()
    {
        // The jobs' verdicts come from their explanation nodes (JobElements), whose questions the leaf adds.
        List<MissingFact>? missing = null;
        var any = JobElements.UnknownJobLists(h, ref missing);
        for (var i = 0; i < h.JobArray.Length; i++)
        {
            var job = JobElements.Explained(h, i);
            any = any.Or(job.Result);
            if (job.Result == Truth.Unknown)
            {
                (missing ??= []).AddRange(job.Missing);
            }
        }

        Jobs = new Check(any, null, any == Truth.Unknown ? missing! : []);
        return any;
    }

    /// <inheritdoc />
    public readonly bool EmploymentsUnknown(int i) => h.MemberArray[i].Person.Employments is null;

    /// <inheritdoc />
    public readonly int JobCount => h.JobArray.Length;

    /// <inheritdoc />
    public readonly int JobOwner(int k) => h.JobArray[k].Member.Index;

    /// <inheritdoc />
    public readonly EmploymentKind JobKind(int k) => h.JobArray[k].Job.Kind;

    /// <inheritdoc />
    public readonly Truth JobSocialInsurance(int k) => h.JobArray[k].Job.SocialInsurance.ToTruth();

    /// <inheritdoc />
    public readonly Truth JobRecognisedApprenticeship(int k) => h.JobArray[k].Job.RecognisedApprenticeship.ToTruth();

    /// <inheritdoc />
    public readonly Truth JobCounts(int k, out Truth access)
    {
        // The job's explanation node, computed once per evaluation (JobElements.Explained).
        var job = JobElements.Explained(h, k);
        access = JobElements.Part(job, JobElements.Consent).Result
            .And(JobElements.Part(job, JobElements.Deadline).Result)
            .And(JobElements.Part(job, JobElements.Current).Result);
        return job.Result;
    }

    /// <inheritdoc />
    public readonly void AskJob<TTrace>(ref TTrace t, int k, bool accessOnly)
        where TTrace : struct, ITrace
    {
        var job = JobElements.Explained(h, k);
        if (!accessOnly)
        {
            Reask(ref t, job);
            return;
        }

        Reask(ref t, JobElements.Part(job, JobElements.Consent));
        Reask(ref t, JobElements.Part(job, JobElements.Deadline));
        Reask(ref t, JobElements.Part(job, JobElements.Current));
    }

    /// <summary>The questions of an open node, asked again (a question is its path and label, so it is the same question).</summary>
    private static void Reask<TTrace>(ref TTrace t, ExplanationNode node)
        where TTrace : struct, ITrace
    {
        if (node.Result != Truth.Unknown)
        {
            return;
        }

        if (typeof(TTrace) == typeof(CheckTrace))
        {
            // The explain path's tracer takes the node's questions as they are (no new path text, the same objects).
            Unsafe.As<TTrace, CheckTrace>(ref t).Ask(node.Missing);
            return;
        }

        foreach (var m in node.Missing)
        {
            // Every path is rooted ("$." + property below the household, FactPath.ToString).
            t.AskHousehold(m.Path[2..], m.Question.De, m.Question.En);
        }
    }

    /// <inheritdoc />
    public readonly decimal? JobNet(int k) => h.JobArray[k].Job.NetMonthlyEur;

    /// <inheritdoc />
    public readonly long JobNetCents(int k) => long.MinValue;

    /// <inheritdoc />
    public readonly decimal? Need => h.Household.Livelihood?.MonthlyNeedEur;

    /// <inheritdoc />
    public readonly long NeedCents => 0;

    /// <inheritdoc />
    public readonly decimal Notional
        => Saturating.Add(h.Household.Livelihood?.NotionalChildBenefitEur ?? 0, h.Household.Livelihood?.NotionalHousingBenefitEur ?? 0);

    /// <inheritdoc />
    public readonly long NotionalCents => 0;

    /// <inheritdoc />
    public readonly bool NotionalOpen => NotionalChildBenefitUnknown || NotionalHousingBenefitUnknown;

    /// <inheritdoc />
    public readonly bool NotionalChildBenefitUnknown => h.Household.Livelihood?.NotionalChildBenefitEur is null;

    /// <inheritdoc />
    public readonly bool NotionalHousingBenefitUnknown => h.Household.Livelihood?.NotionalHousingBenefitEur is null;

    /// <inheritdoc />
    public readonly int JobIndex(int k) => h.JobArray[k].Index;

    /// <inheritdoc />
    public readonly bool CentsExact => false;
}
