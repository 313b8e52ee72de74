using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>
/// The facts the livelihood kernels (elements 13-16 and the exception groups of Punkt 3.3) read: the household's
/// livelihood facts and its members, indexed 0..<see cref="MemberCount"/>-1 in input order. Implemented over the
/// object graph (<see cref="LivelihoodObjectFacts"/>) and over a <c>HouseholdBatch</c> (<c>Bulk/BatchLivelihoodFacts</c>);
/// a struct type parameter as <see cref="IPersonFacts"/>. An accessor of its own (not members of
/// <see cref="IHouseholdFacts"/>) because it reads the rule set's reference date and age of majority.
/// </summary>
internal interface ILivelihoodFacts
{
    /// <summary>Number of members.</summary>
    int MemberCount { get; }

    /// <summary>Role of member <paramref name="i"/>.</summary>
    HouseholdRole Role(int i);

    /// <summary>Member <paramref name="i"/> is a minor child (element 6's reading, <c>Members.IsMinorChild</c>).</summary>
    Truth IsMinorChild(int i);

    /// <summary>Completed years of member <paramref name="i"/> on the reference date, or <see cref="int.MinValue"/> if not known.</summary>
    int AgeAtReference(int i);

    /// <summary>Member <paramref name="i"/> cannot reasonably be expected to work (§ 10 Abs. 1 Nr. 3 SGB II).</summary>
    Truth WorkNotReasonable(int i);

    /// <summary>Member <paramref name="i"/> is unable to work.</summary>
    Truth UnableToWork(int i);

    /// <summary>Member <paramref name="i"/> has no family left in the country of origin.</summary>
    Truth NoFamilyInCountryOfOrigin(int i);

    /// <summary>Member <paramref name="i"/> has children or grandchildren settled in Germany.</summary>
    Truth DescendantsSettledInGermany(int i);

    /// <summary>The household receives public benefits.</summary>
    Truth ReceivesBenefits { get; }

    /// <summary>The household depends on benefits only temporarily.</summary>
    Truth BenefitsTemporary { get; }

    /// <summary>The livelihood is permanently secured otherwise, without public funds.</summary>
    Truth SecuredOtherwise { get; }

    /// <summary>
    /// Some member's job counts towards the livelihood, or a member's jobs are unknown (Punkt 3.3 group (b)).
    /// Read only when the group still depends on it.
    /// </summary>
    Truth SomeJobCounts();

    /// <summary>Member <paramref name="i"/>'s jobs are not known (<c>employments</c> absent).</summary>
    bool EmploymentsUnknown(int i);

    /// <summary>Number of jobs of all members, in member and job order.</summary>
    int JobCount { get; }

    /// <summary>The member holding job <paramref name="k"/>.</summary>
    int JobOwner(int k);

    /// <summary>Kind of job <paramref name="k"/>.</summary>
    EmploymentKind JobKind(int k);

    /// <summary>Job <paramref name="k"/> is subject to social insurance.</summary>
    Truth JobSocialInsurance(int k);

    /// <summary>Job <paramref name="k"/> is a recognised apprenticeship.</summary>
    Truth JobRecognisedApprenticeship(int k);

    /// <summary>
    /// Whether job <paramref name="k"/> counts (<c>JobKernels.Counts</c>), and its <paramref name="access"/>
    /// (BA consent ∧ deadline ∧ not ended).
    /// </summary>
    Truth JobCounts(int k, out Truth access);

    /// <summary>
    /// Reports to <paramref name="t"/> the questions of job <paramref name="k"/>'s open requirements: of the whole job
    /// (<paramref name="accessOnly"/> false) or of its consent, deadline and end. The object graph's jobs are explained
    /// once per evaluation and shared by several leaves, so their questions are read from there; the batch asks nothing.
    /// </summary>
    void AskJob<TTrace>(ref TTrace t, int k, bool accessOnly)
        where TTrace : struct, ITrace;

    /// <summary>Net monthly pay of job <paramref name="k"/>, or <c>null</c>.</summary>
    decimal? JobNet(int k);

    /// <summary>Net monthly pay of job <paramref name="k"/> in cents (valid where <see cref="CentsExact"/>), or <see cref="long.MinValue"/> if not known.</summary>
    long JobNetCents(int k);

    /// <summary>The monthly need, or <c>null</c>.</summary>
    decimal? Need { get; }

    /// <summary>The need in cents (valid where <see cref="CentsExact"/>).</summary>
    long NeedCents { get; }

    /// <summary>Notional child and housing benefit together (A11), unknown parts read as 0.</summary>
    decimal Notional { get; }

    /// <summary>The notional benefits in cents (valid where <see cref="CentsExact"/>).</summary>
    long NotionalCents { get; }

    /// <summary>A notional benefit is not known.</summary>
    bool NotionalOpen { get; }

    /// <summary>The notional child benefit is not known.</summary>
    bool NotionalChildBenefitUnknown { get; }

    /// <summary>The notional housing benefit is not known.</summary>
    bool NotionalHousingBenefitUnknown { get; }

    /// <summary>Job <paramref name="k"/>'s index in its holder's <c>employments</c> (for questions).</summary>
    int JobIndex(int k);

    /// <summary>
    /// Every amount has at most two decimals, so the income test may run exactly in whole cents (the batch precomputes
    /// it; the object graph always reads <see cref="decimal"/>).
    /// </summary>
    bool CentsExact { get; }
}
