using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>The procedure facts over the object graph.</summary>
internal readonly partial struct HouseholdObjectFacts
{
    /// <inheritdoc />
    public Truth ApplicationFiled => household.ApplicationFiled.ToTruth();

    /// <inheritdoc />
    public int ApplicationDate => Days.Of(household.ApplicationDate);
}
