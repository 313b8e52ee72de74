using System.Globalization;
using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Element 19 written once, over the day-fine tallies of a person's convictions read both ways (unknown facts in the
/// person's favour and against, <see cref="ConvictionTally"/>): the explain path tallies the object graph, the bulk
/// path reads the tallies its batch summed. Only intentional offences committed in Germany count; prison always
/// exceeds the threshold; fines count up to the general threshold, and up to the higher threshold in total where the
/// excess comes from offences only foreigners can commit ([background] wording later codified in § 104a Abs. 1 Nr. 6
/// AufenthG); erased and erasable convictions no longer count (ADR 0013, <see cref="ErasurePeriods"/>). With a tracer,
/// the same kernel reports the tallies and the erasure as the detail, and the facts whose answers could decide an
/// open verdict as questions.
/// </summary>
internal static class ConvictionKernel
{
    private static readonly Label NoExceptionInThisRuleSet = new("keine Ausnahme im Regelwerk (Ermessen ausgeschlossen)", "no exception in this rule set");

    /// <summary>Whether one reading of the tallies exceeds the rule set's thresholds (A17).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Exceeds(bool prison, int general, int total, ExclusionOptions o)
        => prison || general > o.ConvictionDayFinesGeneral || total > o.ConvictionDayFinesForeignerOnly;

    /// <summary>
    /// No conviction above the threshold: failed if even the favourable reading exceeds it, met if even the
    /// unfavourable one does not, otherwise unknown.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth WithinThreshold(bool bestExceeds, bool worstExceeds)
        => bestExceeds ? Truth.False : worstExceeds ? Truth.Unknown : Truth.True;

    /// <summary>Element 19: within the threshold, unless the rule set lets the authority disregard the conviction (the explanation's <c>Unless</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth Conviction<TFacts, TTrace>(ref TFacts f, ref TTrace t, ExclusionOptions o, int decisionDay)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
        => Unless(ref f, ref t, o, Threshold(ref f, ref t, o, decisionDay));

    /// <summary>
    /// Element 19 from its threshold verdict <paramref name="threshold"/> (<see cref="Threshold"/>, or the bulk
    /// batch's stored one, <c>Bulk/ConvictionReading</c>): within the threshold, unless the exception applies.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth Unless<TFacts, TTrace>(ref TFacts f, ref TTrace t, ExclusionOptions o, Truth threshold)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
        => threshold.Or(Override(ref f, ref t, o));

    /// <summary>Element 19, the exception (A18): exceptional circumstances, where the rule set allows disregarding a conviction.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth Override<TFacts, TTrace>(ref TFacts f, ref TTrace t, ExclusionOptions o)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        if (o.ConvictionDiscretionaryOverride)
        {
            return Traced.YesNo(ref t, f.ExceptionalCircumstances, "exceptionalCircumstances", "Liegt ein Ausnahmefall vor, der die Verurteilung außer Betracht lässt?", "Are there exceptional circumstances to disregard the conviction?");
        }

        if (TTrace.Enabled)
        {
            t.Detail(NoExceptionInThisRuleSet);
        }

        return Truth.False;
    }

    /// <summary>Element 19, the threshold: no conviction above it on decision day <paramref name="decisionDay"/> (<see cref="Days.None"/> if unknown).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth Threshold<TFacts, TTrace>(ref TFacts f, ref TTrace t, ExclusionOptions o, int decisionDay)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        if (!f.ConvictionsKnown)
        {
            if (TTrace.Enabled)
            {
                t.Ask("convictions", "Liegen strafrechtliche Verurteilungen vor (Führungszeugnis)?", "Are there criminal convictions (certificate of conduct)?");
            }

            return Truth.Unknown;
        }

        f.ConvictionTally(false, decisionDay, TTrace.Enabled, out var bestGeneral, out var bestTotal, out var bestPrison, out var bestErasable);
        f.ConvictionTally(true, decisionDay, TTrace.Enabled, out var worstGeneral, out var worstTotal, out var worstPrison, out var worstErasable);
        var verdict = WithinThreshold(Exceeds(bestPrison, bestGeneral, bestTotal, o), Exceeds(worstPrison, worstGeneral, worstTotal, o));
        if (TTrace.Enabled)
        {
            Explain(ref t, f.Convictions, o, decisionDay, verdict, bestGeneral, bestTotal, bestPrison, bestErasable, worstErasable);
        }

        return verdict;
    }

    /// <summary>The detail (tallies against the thresholds, erasure) and, for an open verdict, the questions.</summary>
    private static void Explain<TTrace>(ref TTrace t, IReadOnlyList<Conviction> convictions, ExclusionOptions o, int decisionDay, Truth verdict, int bestGeneral, int bestTotal, bool prison, bool bestErasable, bool worstErasable)
        where TTrace : struct, ITrace
    {
        var erasedCount = 0;
        for (var i = 0; i < convictions.Count; i++)
        {
            erasedCount += convictions[i].Erased == true ? 1 : 0;
        }

        t.Detail(Label.Later((prison, bestGeneral, bestTotal, o.ConvictionDayFinesGeneral, o.ConvictionDayFinesForeignerOnly, worstErasable, erasedCount), static x => (
            $"{(x.worstErasable ? "alle Eintragungen tilgungsreif (§§ 46, 47, 51 BZRG); " : x.erasedCount > 0 ? $"{x.erasedCount} getilgt; " : string.Empty)}{(x.prison ? "Freiheitsstrafe; " : string.Empty)}Tagessätze: allgemein {x.bestGeneral} (Grenze {x.ConvictionDayFinesGeneral}), insgesamt {x.bestTotal} (Grenze {x.ConvictionDayFinesForeignerOnly} bei ausländerspezifischen Delikten)",
            $"{(x.worstErasable ? "every entry erasable (§§ 46, 47, 51 BZRG); " : x.erasedCount > 0 ? $"{x.erasedCount} erased; " : string.Empty)}{(x.prison ? "prison sentence; " : string.Empty)}day-fines: general {x.bestGeneral} (limit {x.ConvictionDayFinesGeneral}), total {x.bestTotal} (limit {x.ConvictionDayFinesForeignerOnly} for foreigner-only offences)")));
        if (verdict != Truth.Unknown)
        {
            return;
        }

        for (var i = 0; i < convictions.Count; i++)
        {
            var c = convictions[i];
            if (c.InGermany is null) t.Ask(Property(i, "inGermany"), "Wurde die Tat in Deutschland begangen?", "Was the offence committed in Germany?");
            if (c.Culpability is null) t.Ask(Property(i, "culpability"), "Vorsätzlich oder fahrlässig?", "Intentional or negligent?");
            if (c.Sentence is null) t.Ask(Property(i, "sentence"), "Geldstrafe oder Freiheitsstrafe?", "Fine or imprisonment?");
            if (c.Sentence != SentenceKind.Prison && c.DayFines is null) t.Ask(Property(i, "dayFines"), c.DayFinesRange is null ? "Wie viele Tagessätze?" : "Wie viele Tagessätze genau (bisher nur ein Bereich)?", c.DayFinesRange is null ? "How many day-fines?" : "Exactly how many day-fines (only a range so far)?");
            if (c.Sentence != SentenceKind.Prison && c.ForeignerOnlyOffence is null) t.Ask(Property(i, "foreignerOnlyOffence"), "Nur von Ausländern begehbares Delikt (AufenthG/AsylVfG)?", "An offence only foreigners can commit (AufenthG/AsylVfG)?");
        }

        // Erasure is open only where the two resolutions disagree on it; then ask for what fixes the periods.
        if (bestErasable == worstErasable)
        {
            return;
        }

        if (decisionDay == Days.None)
        {
            t.AskHousehold("decisionDate", "Datum der Entscheidung (maßgeblich für die Tilgungsreife)?", "Date of the decision (decides whether convictions are erasable)?");
        }

        for (var i = 0; i < convictions.Count; i++)
        {
            var c = convictions[i];
            if (c.Erased is not null)
            {
                continue;
            }

            if (c.Date is null) t.Ask(Property(i, "date"), "Datum des (ersten) Urteils (Beginn der Tilgungsfrist)?", "Date of the (first) judgment (start of the erasure period)?");
            if (c.Sentence == SentenceKind.Prison && !c.LifeSentence && c.PrisonMonths is null) t.Ask(Property(i, "prisonMonths"), "Wie viele Monate Freiheitsstrafe?", "How many months of imprisonment?");
        }
    }

    private static string Property(int i, string property)
        => string.Create(CultureInfo.InvariantCulture, $"convictions[{i}].{property}");
}
