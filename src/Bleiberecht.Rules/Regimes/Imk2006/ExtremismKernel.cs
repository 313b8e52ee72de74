using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Element 20 written once: no links to extremist or terrorist organisations [background]; with a look-back (A36),
/// links that ended longer ago than it no longer count (ADR 0013). The explain leaf and the bulk loop run it; the bulk
/// batch stores its verdict without a look-back.
/// </summary>
internal static class ExtremismKernel
{
    private static readonly Label ExtremistLinksEndedBeforeTheLookback = new("Bezüge vor Beginn des Berücksichtigungszeitraums beendet", "links ended before the look-back period");

    /// <summary>The element on decision day <paramref name="decisionDay"/> (<see cref="Days.None"/> if unknown).</summary>
    public static Truth NoExtremism<TFacts, TTrace>(ref TFacts f, ref TTrace t, ExclusionOptions o, int decisionDay)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        var links = f.ExtremismLinks;
        var ended = links == Truth.True ? f.ExtremismEndedOn : Days.None;
        if (ended == Days.None || o.ExtremismLookbackYears is not { } years)
        {
            return Traced.YesNo(ref t, links, "extremismLinks", "Bestehen Bezüge zu extremistischen oder terroristischen Organisationen?", "Are there links to extremist or terrorist organisations?", wanted: false);
        }

        if (decisionDay == Days.None)
        {
            if (TTrace.Enabled)
            {
                t.AskHousehold("decisionDate", "Datum der Entscheidung?", "Date of the decision?");
            }

            return Truth.Unknown;
        }

        if (MisconductKernel.WithinLookback(ended, years, decisionDay))
        {
            return Truth.False;
        }

        if (TTrace.Enabled)
        {
            t.Detail(ExtremistLinksEndedBeforeTheLookback);
        }

        return Truth.True;
    }
}
