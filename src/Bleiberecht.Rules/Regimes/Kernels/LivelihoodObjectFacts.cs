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
    public readonly int MemberCount => h.Members.Count;

    /// <inheritdoc />
    public readonly HouseholdRole Role(int i) => h.Members[i].Person.Role;

    /// <inheritdoc />
    public readonly Truth IsMinorChild(int i) => Members.IsMinorChild(h.Members[i]);

    /// <inheritdoc />
    public readonly int AgeAtReference(int i) => Members.AgeAtReference(h.Members[i]) ?? int.MinValue;

    /// <inheritdoc />
    public readonly Truth WorkNotReasonable(int i) => h.Members[i].Person.WorkNotReasonable.ToTruth();

    /// <inheritdoc />
    public readonly Truth UnableToWork(int i) => h.Members[i].Person.UnableToWork.ToTruth();

    /// <inheritdoc />
    public readonly Truth NoFamilyInCountryOfOrigin(int i) => h.Members[i].Person.NoFamilyInCountryOfOrigin.ToTruth();

    /// <inheritdoc />
    public readonly Truth DescendantsSettledInGermany(int i) => h.Members[i].Person.DescendantsSettledInGermany.ToTruth();

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
        for (var i = 0; i < h.Jobs.Count; i++)
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
}
