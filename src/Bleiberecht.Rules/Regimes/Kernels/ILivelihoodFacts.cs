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
}
