using Bleiberecht.Rules.Evaluation;
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
    /// exceptional case (A18), an explicit exception rather than a buried condition (<see cref="ConvictionKernel"/>).
    /// </summary>
    public static readonly Rule<MemberContext> Conviction = new Unless<MemberContext>(
        ImkElements.Conviction,
        new Condition<MemberContext>(
            Ask.Sub(ImkElements.Conviction, "Threshold", "Strafen innerhalb der Bagatellgrenze", "sentences within the threshold"),
            static m => KernelLeaf.Check(m, static (MemberContext m, ref MemberFacts f, ref CheckTrace t) => ConvictionKernel.Threshold(ref f, ref t, m.Options.Exclusion, Days.Of(m.Household.Household.DecisionDate))),
            m => m.Person.Id),
        new Condition<MemberContext>(
            Ask.Sub(ImkElements.Conviction, "Override", "Ausnahmefall: Verurteilung bleibt außer Betracht", "exceptional case: conviction disregarded"),
            static m => KernelLeaf.Check(m, static (MemberContext m, ref MemberFacts f, ref CheckTrace t) => ConvictionKernel.Override(ref f, ref t, m.Options.Exclusion)),
            m => m.Person.Id));
}
