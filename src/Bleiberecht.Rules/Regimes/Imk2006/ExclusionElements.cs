using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Elements 17-21, per person: the exclusion grounds (Ausschlussgründe). Each rule is phrased positively ("no
/// deliberate deception") so that True means the person is not excluded. How a ground spreads to the family
/// (element 22) is decided by the evaluator.
/// </summary>
internal static class ExclusionElements
{
    // Fixed texts of explanation details, allocated once (they are read on every decision).
    private static readonly Label NoExceptionInThisRuleSet = new("keine Ausnahme im Regelwerk (Ermessen ausgeschlossen)", "no exception in this rule set");

    /// <summary>Element 17: no deliberate deception (L182-184), as weighed by options A13-A15 (<see cref="MisconductKernel"/>).</summary>
    public static readonly Rule<MemberContext> Deception = new Condition<MemberContext>(
        ImkElements.Deception,
        static m => KernelLeaf.Check(m, static (MemberContext m, ref MemberFacts f, ref CheckTrace t) => MisconductKernel.Deception(ref f, ref t, m.Options.Exclusion, Days.Of(m.Household.Household.DecisionDate))),
        m => m.Person.Id);

    /// <summary>Element 18: no deliberate delay or obstruction of removal (L1849-1850, L2106).</summary>
    public static readonly Rule<MemberContext> Obstruction = new Condition<MemberContext>(
        ImkElements.Obstruction,
        static m => KernelLeaf.Check(m, static (MemberContext m, ref MemberFacts f, ref CheckTrace t) => MisconductKernel.Obstruction(ref f, ref t, m.Options.Exclusion, Days.Of(m.Household.Household.DecisionDate))),
        m => m.Person.Id);

    /// <summary>Element 21: has not absconded, where absconding is a ground at all (A16; not in MV, L1869-1871).</summary>
    public static readonly Rule<MemberContext> Absconding = new Condition<MemberContext>(
        ImkElements.Absconding,
        static m => KernelLeaf.Check(m, static (MemberContext m, ref MemberFacts f, ref CheckTrace t) => MisconductKernel.Absconding(ref f, ref t, m.Options.Exclusion, Days.Of(m.Household.Household.DecisionDate))),
        m => m.Person.Id);

    /// <summary>
    /// Element 20: no links to extremist or terrorist organisations [background]; with a look-back (A36), links that
    /// ended longer ago than it no longer count (ADR 0013; <see cref="ExtremismKernel"/>).
    /// </summary>
    public static readonly Rule<MemberContext> Extremism = new Condition<MemberContext>(
        ImkElements.Extremism,
        static m => KernelLeaf.Check(m, static (MemberContext m, ref MemberFacts f, ref CheckTrace t) => ExtremismKernel.NoExtremism(ref f, ref t, m.Options.Exclusion, Days.Of(m.Household.Household.DecisionDate))),
        m => m.Person.Id);

    /// <summary>
    /// Element 19: no conviction above the threshold — unless the rule set lets the authority disregard it in an
    /// exceptional case (A18), an explicit exception rather than a buried condition.
    /// </summary>
    public static readonly Rule<MemberContext> Conviction = new Unless<MemberContext>(
        ImkElements.Conviction,
        new Condition<MemberContext>(
            Ask.Sub(ImkElements.Conviction, "Threshold", "Strafen innerhalb der Bagatellgrenze", "sentences within the threshold"),
            NoConvictionAboveThreshold,
            m => m.Person.Id),
        new Condition<MemberContext>(
            Ask.Sub(ImkElements.Conviction, "Override", "Ausnahmefall: Verurteilung bleibt außer Betracht", "exceptional case: conviction disregarded"),
            m => m.Options.Exclusion.ConvictionDiscretionaryOverride
                ? Ask.YesNo(m.Person.ExceptionalCircumstances, m.Path("exceptionalCircumstances"), "Liegt ein Ausnahmefall vor, der die Verurteilung außer Betracht lässt?", "Are there exceptional circumstances to disregard the conviction?")
                : Check.Of(Truth.False, NoExceptionInThisRuleSet),
            m => m.Person.Id));

    /// <summary>
    /// The threshold of <see cref="ConvictionKernel"/> over the person's convictions, with the questions and the
    /// detail. Unknown facts are resolved both ways: the verdict is definite only if both resolutions agree.
    /// </summary>
    private static Check NoConvictionAboveThreshold(MemberContext m)
    {
        var convictions = m.Person.Convictions;
        if (convictions is null)
        {
            return Check.Unknown(null, Ask.Fact(m.Path("convictions"), "Liegen strafrechtliche Verurteilungen vor (Führungszeugnis)?", "Are there criminal convictions (certificate of conduct)?"));
        }

        var o = m.Options.Exclusion;
        var decision = m.Household.Household.DecisionDate;
        bool Exceeds(bool worst, out int general, out int total, out bool prison, out bool erasable)
        {
            ConvictionTally.Sum(convictions, decision, worst, out general, out total, out prison, out erasable);
            return ConvictionKernel.Exceeds(prison, general, total, o);
        }

        var bestExceeds = Exceeds(false, out var bestGeneral, out var bestTotal, out var prison, out var bestErasable);
        var worstExceeds = Exceeds(true, out _, out _, out _, out var worstErasable);
        var erasedCount = 0;
        foreach (var c in convictions)
        {
            erasedCount += c.Erased == true ? 1 : 0;
        }

        var detail = Label.Later((prison, bestGeneral, bestTotal, o.ConvictionDayFinesGeneral, o.ConvictionDayFinesForeignerOnly, worstErasable, erasedCount), static x => (
            $"{(x.worstErasable ? "alle Eintragungen tilgungsreif (§§ 46, 47, 51 BZRG); " : x.erasedCount > 0 ? $"{x.erasedCount} getilgt; " : string.Empty)}{(x.prison ? "Freiheitsstrafe; " : string.Empty)}Tagessätze: allgemein {x.bestGeneral} (Grenze {x.ConvictionDayFinesGeneral}), insgesamt {x.bestTotal} (Grenze {x.ConvictionDayFinesForeignerOnly} bei ausländerspezifischen Delikten)",
            $"{(x.worstErasable ? "every entry erasable (§§ 46, 47, 51 BZRG); " : x.erasedCount > 0 ? $"{x.erasedCount} erased; " : string.Empty)}{(x.prison ? "prison sentence; " : string.Empty)}day-fines: general {x.bestGeneral} (limit {x.ConvictionDayFinesGeneral}), total {x.bestTotal} (limit {x.ConvictionDayFinesForeignerOnly} for foreigner-only offences)"));
        var verdict = ConvictionKernel.WithinThreshold(bestExceeds, worstExceeds);
        if (verdict != Truth.Unknown)
        {
            return Check.Of(verdict, detail);
        }

        var missing = new List<MissingFact>();
        for (var i = 0; i < convictions.Count; i++)
        {
            var c = convictions[i];
            FactPath P(string prop) => m.Path($"convictions[{i}].{prop}");
            if (c.InGermany is null) missing.Add(Ask.Fact(P("inGermany"), "Wurde die Tat in Deutschland begangen?", "Was the offence committed in Germany?"));
            if (c.Culpability is null) missing.Add(Ask.Fact(P("culpability"), "Vorsätzlich oder fahrlässig?", "Intentional or negligent?"));
            if (c.Sentence is null) missing.Add(Ask.Fact(P("sentence"), "Geldstrafe oder Freiheitsstrafe?", "Fine or imprisonment?"));
            if (c.Sentence != SentenceKind.Prison && c.DayFines is null) missing.Add(Ask.Fact(P("dayFines"), c.DayFinesRange is null ? "Wie viele Tagessätze?" : "Wie viele Tagessätze genau (bisher nur ein Bereich)?", c.DayFinesRange is null ? "How many day-fines?" : "Exactly how many day-fines (only a range so far)?"));
            if (c.Sentence != SentenceKind.Prison && c.ForeignerOnlyOffence is null) missing.Add(Ask.Fact(P("foreignerOnlyOffence"), "Nur von Ausländern begehbares Delikt (AufenthG/AsylVfG)?", "An offence only foreigners can commit (AufenthG/AsylVfG)?"));
        }

        // Erasure is open only where the two resolutions disagree on it; then ask for what fixes the periods.
        if (bestErasable != worstErasable)
        {
            if (decision is null)
            {
                missing.Add(Ask.Fact("$.decisionDate", "Datum der Entscheidung (maßgeblich für die Tilgungsreife)?", "Date of the decision (decides whether convictions are erasable)?"));
            }

            for (var i = 0; i < convictions.Count; i++)
            {
                var c = convictions[i];
                FactPath P(string prop) => m.Path($"convictions[{i}].{prop}");
                if (c.Erased is not null)
                {
                    continue;
                }

                if (c.Date is null) missing.Add(Ask.Fact(P("date"), "Datum des (ersten) Urteils (Beginn der Tilgungsfrist)?", "Date of the (first) judgment (start of the erasure period)?"));
                if (c.Sentence == SentenceKind.Prison && !c.LifeSentence && c.PrisonMonths is null) missing.Add(Ask.Fact(P("prisonMonths"), "Wie viele Monate Freiheitsstrafe?", "How many months of imprisonment?"));
            }
        }

        return new Check(Truth.Unknown, detail, missing);
    }
}
