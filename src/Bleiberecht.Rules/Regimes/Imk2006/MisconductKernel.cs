using System.Globalization;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Elements 17, 18 and 21 written once: no deliberate deception (L182-184), no deliberate delay or obstruction of
/// removal (L1849-1850, L2106), no absconding where it is a ground at all (A16; not in MV, L1869-1871). A record counts
/// under the rule set's weighing (A13 causality, A14 weight or balance against integration) and, with a look-back of its
/// kind (A15, A34, A35; ADR 0013), only if it ended within it. Each rule is phrased positively: True means not excluded.
/// The explain leaves (<see cref="ExclusionElements"/>) and the bulk loop run these kernels; the bulk batch stores their
/// verdicts under the readings without a look-back.
/// </summary>
internal static class MisconductKernel
{
    // Fixed texts of explanation details, allocated once (they are read on every decision).
    private static readonly Label AbscondingIsNotAGroundInThisRuleSet = new("Untertauchen ist in diesem Regelwerk kein Ausschlussgrund", "absconding is not a ground in this rule set");
    private static readonly Label NoRecords = new("keine maßgeblichen Einträge", "no relevant records");

    /// <summary>Element 17.</summary>
    public static Truth Deception<TFacts, TTrace>(ref TFacts f, ref TTrace t, ExclusionOptions o, int decisionDay)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
        => NoMisconduct(ref f, ref t, MisconductKind.Deception, o, decisionDay);

    /// <summary>Element 18.</summary>
    public static Truth Obstruction<TFacts, TTrace>(ref TFacts f, ref TTrace t, ExclusionOptions o, int decisionDay)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
        => NoMisconduct(ref f, ref t, MisconductKind.Obstruction, o, decisionDay);

    /// <summary>Element 21: where absconding is no ground (A16) the element does not apply (met).</summary>
    public static Truth Absconding<TFacts, TTrace>(ref TFacts f, ref TTrace t, ExclusionOptions o, int decisionDay)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        if (!o.AbscondingIsGround)
        {
            if (TTrace.Enabled)
            {
                t.Detail(AbscondingIsNotAGroundInThisRuleSet);
            }

            return Truth.True;
        }

        return NoMisconduct(ref f, ref t, MisconductKind.Absconding, o, decisionDay);
    }

    /// <summary>The look-back of a record kind in years (A15 deception, A34 obstruction, A35 absconding), or <c>null</c>.</summary>
    public static int? Lookback(MisconductKind kind, ExclusionOptions o) => kind switch
    {
        MisconductKind.Deception => o.DeceptionLookbackYears,
        MisconductKind.Obstruction => o.ObstructionLookbackYears,
        _ => o.AbscondingLookbackYears,
    };

    /// <summary>A period that ended on day <paramref name="end"/> lies within a look-back of <paramref name="years"/> before day <paramref name="decision"/>.</summary>
    public static bool WithinLookback(int end, int years, int decision)
        => LegalTime.AddYears(DateOnly.FromDayNumber(end), years).DayNumber >= decision;

    /// <summary>
    /// No record of <paramref name="kind"/> that counts: the Kleene disjunction of the records' verdicts, negated.
    /// Questions are asked only for the records whose verdict is open (as before: a record that does not count
    /// needs no answers).
    /// </summary>
    private static Truth NoMisconduct<TFacts, TTrace>(ref TFacts f, ref TTrace t, MisconductKind kind, ExclusionOptions o, int decisionDay)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        if (!f.MisconductKnown)
        {
            if (TTrace.Enabled)
            {
                t.Ask("misconduct", "Liegen Täuschung, Behinderung der Abschiebung oder Untertauchen vor?", "Is there any deception, obstruction of removal or absconding on record?");
            }

            return Truth.Unknown;
        }

        var any = Truth.False;
        var counted = 0;
        var n = f.MisconductCount;
        for (var i = 0; i < n; i++)
        {
            if (f.RecordKind(i) != kind)
            {
                continue;
            }

            var counts = Counts(ref f, ref t, i, kind, o, decisionDay, ask: false);
            any = any.Or(counts);
            if (TTrace.Enabled)
            {
                if (counts == Truth.True)
                {
                    counted++;
                }
                else if (counts == Truth.Unknown)
                {
                    Counts(ref f, ref t, i, kind, o, decisionDay, ask: true);
                }
            }
        }

        if (TTrace.Enabled)
        {
            t.Detail(counted == 0 ? NoRecords : Label.Later(counted, static c => ($"{c} maßgebliche(r) Eintrag/Einträge", $"{c} relevant record(s)")));
        }

        return any.Not();
    }

    /// <summary>Whether record <paramref name="i"/> is a ground under the rule set's weighing and look-back; asks for its missing facts if <paramref name="ask"/>.</summary>
    private static Truth Counts<TFacts, TTrace>(ref TFacts f, ref TTrace t, int i, MisconductKind kind, ExclusionOptions o, int decisionDay, bool ask)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        var counts = Truth.True;
        if (kind != MisconductKind.Absconding)
        {
            counts = counts.And(Part(ref t, f.RecordDeliberate(i), i, "deliberate", "War das Verhalten vorsätzlich?", "Was the conduct deliberate?", ask));
        }

        if (kind == MisconductKind.Deception)
        {
            if (o.DeceptionRequiresCausality)
            {
                counts = counts.And(Part(ref t, f.RecordCausedNonRemoval(i), i, "causedNonRemoval", "War die Täuschung ursächlich dafür, dass nicht abgeschoben wurde?", "Did the deception actually prevent removal?", ask));
            }

            if (o.DeceptionWeighing == DeceptionWeighing.MinimumWeight)
            {
                counts = counts.And(Part(ref t, f.RecordOfSomeWeight(i), i, "ofSomeWeight", "Ist die Täuschung von einigem Gewicht?", "Is the deception of some weight?", ask));
            }
            else if (o.DeceptionWeighing == DeceptionWeighing.BalanceAgainstIntegration)
            {
                counts = counts.And(Part(ref t, f.RecordOutweighed(i), i, "outweighedByIntegration", "Wird die Täuschung durch Integrationsleistungen aufgewogen?", "Is the deception outweighed by integration?", ask).Not());
            }
        }

        if (Lookback(kind, o) is not { } years)
        {
            return counts;
        }

        var end = f.RecordTo(i);
        if (end == Days.None)
        {
            // An ongoing record lies within any window; an undated one cannot be placed.
            if (f.RecordFromKnown(i))
            {
                return counts;
            }

            if (TTrace.Enabled && ask)
            {
                t.Ask(RecordProperty(i, "to"), "Bis wann dauerte das Verhalten?", "Until when did the conduct last?");
            }

            return counts.And(Truth.Unknown);
        }

        if (decisionDay == Days.None)
        {
            if (TTrace.Enabled && ask)
            {
                t.AskHousehold("decisionDate", "Datum der Entscheidung?", "Date of the decision?");
            }

            return counts.And(Truth.Unknown);
        }

        return counts.And(WithinLookback(end, years, decisionDay).ToTruth());
    }

    /// <summary>A fact of record <paramref name="i"/>, asked for when missing and <paramref name="ask"/>.</summary>
    private static Truth Part<TTrace>(ref TTrace t, Truth fact, int i, string property, string de, string en, bool ask)
        where TTrace : struct, ITrace
    {
        if (TTrace.Enabled && ask && fact == Truth.Unknown)
        {
            t.Ask(RecordProperty(i, property), de, en);
        }

        return fact;
    }

    private static string RecordProperty(int i, string property)
        => string.Create(CultureInfo.InvariantCulture, $"misconduct[{i}].{property}");
}
