using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Elements 4-6: "seit sechs Jahren mit Familie und seit acht Jahren alleinstehend" (L5-6), measured at the
/// reference date; a household is a family if a qualifying minor child lives in it (L804-807). The leaves are
/// <see cref="ResidenceKernel"/>'s and <see cref="FamilyKernel"/>'s.
/// </summary>
internal static class ResidenceElements
{
    // Fixed texts of explanation details, allocated once (they are read on every decision).
    private static readonly Label NoChildrenInTheHousehold = new("keine Kinder im Haushalt", "no children in the household");
    private static readonly Label MinorChildNoOwnTimeRequirement = new("minderjähriges Kind mit Erwachsenen im Haushalt: kein eigenes Zeiterfordernis", "minor child living with an adult: no own time requirement");

    /// <summary>Element 6, for one member: a minor child at least <c>Family.MinChildAge</c> old at the reference date.</summary>
    private static readonly Rule<MemberContext> QualifyingChildMember = new Condition<MemberContext>(
        Ask.Sub(ImkElements.QualifyingChild, "Child", "minderjähriges Kind im Mindestalter", "minor child of the minimum age"),
        static m => KernelLeaf.Check(m, static (MemberContext m, ref MemberFacts f, ref CheckTrace t) => FamilyKernel.QualifyingChild(ref f, ref t, m.Options.Family, Members.ReferenceCivil(m))),
        m => m.Person.Id);

    /// <summary>Element 6 for the household: some member is a qualifying child.</summary>
    public static readonly Rule<HouseholdContext> QualifyingChild = new ForEach<HouseholdContext, MemberContext>(
        ImkElements.QualifyingChild,
        Quantifier.Some,
        h => h.Children,
        QualifyingChildMember,
        _ => NoChildrenInTheHousehold);

    /// <summary>Element 5 for member <paramref name="m"/> given the household's family status (element 6), whoever the member is.</summary>
    public static Check MinYears(MemberContext m, Truth isFamily) => MinYears(m, isFamily, Truth.True, null);

    /// <summary>
    /// Element 5 for member <paramref name="m"/> given the household's family status (element 6), where
    /// <paramref name="applies"/> says whether it binds the member (else met, <paramref name="notApplicable"/> says why).
    /// </summary>
    public static Check MinYears(MemberContext m, Truth isFamily, Truth applies, Label? notApplicable)
    {
        var facts = new MemberFacts(m.Person);
        var trace = new CheckTrace(m.Index);
        var o = m.Options.Residence;
        var result = ResidenceKernel.WhereApplicable(ref facts, ref trace, o, ResidenceKernel.CountingCivil(o), isFamily, applies, notApplicable);
        return trace.ToCheck(result);
    }

    /// <summary>
    /// Element 5 as a rule over a member; the family status comes from the evaluator. It applies to adults, and to
    /// minors in a household without adults (<see cref="ResidenceKernel.Applies"/>). Such a minor is the household's
    /// qualifying child, so the six years "mit Familie" (L5-6) apply — the period § 104a Abs. 2 S. 2 AufenthG later
    /// set for unaccompanied minors ([background]; verify against the resolution).
    /// </summary>
    public static Rule<(MemberContext Member, Truth IsFamily)> MinYearsRule { get; } = new Condition<(MemberContext Member, Truth IsFamily)>(
        ImkElements.MinYears,
        static x => MinYears(x.Member, x.IsFamily, ResidenceKernel.Applies(Members.IsAdult(x.Member), Members.NoAdult(x.Member.Household)), MinorChildNoOwnTimeRequirement),
        x => x.Member.Person.Id);
}
