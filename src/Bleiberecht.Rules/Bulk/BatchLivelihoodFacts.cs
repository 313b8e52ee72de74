using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Bulk;

/// <summary>The livelihood facts over a <see cref="HouseholdBatch"/>'s columns (the bulk path).</summary>
/// <param name="b">The batch.</param>
/// <param name="c">The compiled rule set (reference date and age of majority).</param>
/// <param name="first">The batch index of the household's first member.</param>
/// <param name="count">The number of members.</param>
/// <param name="h">The household's index in the batch.</param>
/// <param name="someJobCounts">Whether some member's job counts, as the income test found it.</param>
internal readonly struct BatchLivelihoodFacts(HouseholdBatch b, CompiledRuleSet c, int first, int count, int h, Truth someJobCounts) : ILivelihoodFacts
{
    /// <inheritdoc />
    public int MemberCount => count;

    /// <inheritdoc />
    public HouseholdRole Role(int i) => b.Role[first + i];

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Truth IsMinorChild(int i)
        => b.Role[first + i] != HouseholdRole.Child ? Truth.False : BulkPersonElements.IsMinorChild(b, first + i, AgeAtReference(i), c.AgeOfMajority);

    /// <inheritdoc />
    public int AgeAtReference(int i) => BulkPersonElements.Age(b, first + i, c.ReferenceCivil);

    /// <inheritdoc />
    public Truth WorkNotReasonable(int i) => b.WorkNotReasonable[first + i];

    /// <inheritdoc />
    public Truth UnableToWork(int i) => b.UnableToWork[first + i];

    /// <inheritdoc />
    public Truth NoFamilyInCountryOfOrigin(int i) => b.NoFamilyInOrigin[first + i];

    /// <inheritdoc />
    public Truth DescendantsSettledInGermany(int i) => b.DescendantsSettled[first + i];

    /// <inheritdoc />
    public Truth ReceivesBenefits => b.Households[h].ReceivesBenefits;

    /// <inheritdoc />
    public Truth BenefitsTemporary => b.Households[h].BenefitsTemporary;

    /// <inheritdoc />
    public Truth SecuredOtherwise => b.Households[h].SecuredOtherwise;

    /// <inheritdoc />
    public Truth SomeJobCounts() => someJobCounts;
}
