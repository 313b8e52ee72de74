using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Elements 11-12: the passport as an express precondition "wie in den meisten anderen Bundesländern"
/// (L1871-1874), an identity substitute where all reasonable efforts are proven (L657-661), and the duty to
/// cooperate (L793-794). The leaves are <see cref="IdentityKernels"/>' (one definition for both paths).
/// </summary>
internal static class IdentityElements
{
    /// <summary>Element 11: a valid passport, or the substitute the rule set accepts (A12).</summary>
    public static readonly Rule<MemberContext> Passport = new AnyOf<MemberContext>(
        ImkElements.Passport,
        [
            new Condition<MemberContext>(
                Ask.Sub(ImkElements.Passport, "Valid", "gültiger Pass liegt vor", "valid passport presented"),
                static m => KernelLeaf.Check(m, static (MemberContext _, ref MemberFacts f, ref CheckTrace t) => IdentityKernels.ValidPassport(ref f, ref t)),
                m => m.Person.Id),
            new Condition<MemberContext>(
                Ask.Sub(ImkElements.Passport, "Substitute", "anerkannter Ersatz", "accepted substitute"),
                static m => KernelLeaf.Check(m, static (MemberContext m, ref MemberFacts f, ref CheckTrace t) => IdentityKernels.SubstituteAccepted(ref f, ref t, m.Options.Passport)),
                m => m.Person.Id),
        ],
        m => m.Person.Id);

    /// <summary>
    /// Element 12: the duty to cooperate — unless proven passport efforts count as cooperation where the rule set
    /// accepts a substitute (Oder-Spree: "höhere Gewalt"). A breach is read as deception is (docs/adr/0012, item 7);
    /// as an exclusion ground it reaches the family like deception (A19).
    /// </summary>
    public static readonly Rule<MemberContext> Cooperation = new Unless<MemberContext>(
        ImkElements.Cooperation,
        new Condition<MemberContext>(
            Ask.Sub(ImkElements.Cooperation, "NoBreach", "keine Verletzung der Mitwirkungspflicht", "no breach of the duty to cooperate"),
            static m => KernelLeaf.Check(m, static (MemberContext m, ref MemberFacts f, ref CheckTrace t) => IdentityKernels.NoBreach(ref f, ref t, m.Options.Exclusion.DeceptionWeighing)),
            m => m.Person.Id),
        new Condition<MemberContext>(
            Ask.Sub(ImkElements.Cooperation, "EffortsProven", "nachgewiesene Bemühungen gelten als Mitwirkung", "proven efforts count as cooperation"),
            static m => KernelLeaf.Check(m, static (MemberContext m, ref MemberFacts f, ref CheckTrace t) => IdentityKernels.EffortsCountAsCooperation(ref f, ref t, m.Options.Passport)),
            m => m.Person.Id));
}
