using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Predicates;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Element 3: the resolution is for "langjährig geduldete Flüchtlinge" (L4) who are obliged to leave; Berlin refused
/// 112 applications "wegen mangelnder Ausreisepflicht" (L794).
/// </summary>
internal static class ScopeElement
{
    public static readonly Rule<MemberContext> Rule = new AllOf<MemberContext>(
        ImkElements.Scope,
        [
            new Condition<MemberContext>(
                Ask.Sub(ImkElements.Scope, "Duldung", "besitzt eine Duldung", "holds a Duldung"),
                m => Ask.YesNo(m.Person.Tolerated, m.Path("tolerated"), "Besitzt die Person eine Duldung?", "Does the person hold a Duldung?"),
                m => m.Person.Id),
            new Condition<MemberContext>(
                Ask.Sub(ImkElements.Scope, "Ausreisepflicht", "ist ausreisepflichtig", "is obliged to leave"),
                m => Ask.YesNo(m.Person.ObligedToLeave, m.Path("obligedToLeave"), "Ist die Person vollziehbar ausreisepflichtig?", "Is the person obliged to leave?"),
                m => m.Person.Id),
        ],
        m => m.Person.Id);
}
