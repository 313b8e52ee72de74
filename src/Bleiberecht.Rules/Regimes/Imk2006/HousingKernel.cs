using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>Element 7 written once (household): sufficient housing; a communal shelter counts where A21 accepts it.</summary>
internal static class HousingKernel
{
    private static readonly Label CommunalShelterAcceptedAsSufficientHousing = new("Gemeinschaftsunterkunft wird als ausreichender Wohnraum anerkannt", "communal shelter accepted as sufficient housing");

    /// <summary>The element.</summary>
    public static Truth Housing<TFacts, TTrace>(ref TFacts f, ref TTrace t, HousingOptions o)
        where TFacts : struct, IHouseholdFacts
        where TTrace : struct, ITrace
    {
        if (f.CommunalShelter && o.CommunalShelterAccepted != CommunalShelterAcceptance.No)
        {
            // The IMK permit is always a first grant, so FirstGrantOnly applies too (SH, L3199-3201).
            if (TTrace.Enabled)
            {
                t.Detail(CommunalShelterAcceptedAsSufficientHousing);
            }

            return Truth.True;
        }

        return Traced.YesNo(ref t, f.HousingSufficient, "housing.sufficient", "Ist ausreichender Wohnraum vorhanden?", "Is the housing sufficient?");
    }
}
