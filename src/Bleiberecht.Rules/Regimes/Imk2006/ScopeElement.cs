using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Element 3: the resolution is for "langjährig geduldete Flüchtlinge" (L4) who are obliged to leave; Berlin refused
/// 112 applications "wegen mangelnder Ausreisepflicht" (L794). The leaves are <see cref="ScopeKernel"/>'s.
/// </summary>
internal static class ScopeElement
{
    public static readonly Rule<MemberContext> Rule = new AllOf<MemberContext>(
        ImkElements.Scope,
        [
            new Condition<MemberContext>(
                Ask.Sub(ImkElements.Scope, "Duldung", "besitzt eine Duldung", "holds a Duldung"),
                static m => KernelLeaf.Check(m, static (MemberContext _, ref MemberFacts f, ref CheckTrace t) => ScopeKernel.Tolerated(ref f, ref t)),
                m => m.Person.Id),
            new Condition<MemberContext>(
                Ask.Sub(ImkElements.Scope, "Ausreisepflicht", "ist ausreisepflichtig", "is obliged to leave"),
                static m => KernelLeaf.Check(m, static (MemberContext _, ref MemberFacts f, ref CheckTrace t) => ScopeKernel.ObligedToLeave(ref f, ref t)),
                m => m.Person.Id),
        ],
        m => m.Person.Id);
}
