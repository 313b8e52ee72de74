using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Bulk;

/// <summary>The procedure facts over the packed household row.</summary>
internal readonly partial struct BatchHouseholdFacts
{
    /// <inheritdoc />
    public Truth ApplicationFiled => b.Households[h].ApplicationFiled;

    /// <inheritdoc />
    public int ApplicationDate => b.Households[h].ApplicationDate;
}
