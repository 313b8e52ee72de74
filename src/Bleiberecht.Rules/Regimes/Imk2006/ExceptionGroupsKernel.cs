using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Punkt 3.3 groups (b)-(e) written once (household; the readings are documented on <see cref="ExceptionGroups"/>):
/// each group's verdict, the questions for the facts it misses and the detail, over any <see cref="ILivelihoodFacts"/>.
/// A question is asked only for a part that is itself unknown, as <see cref="FactConjunction"/> keeps them.
/// </summary>
internal static class ExceptionGroupsKernel
{
    private static readonly Label NotInThisRuleSet = new("Ausnahmegruppe in diesem Regelwerk nicht vorgesehen", "exception group not provided in this rule set");

    /// <summary>
    /// Any of the four groups (the bulk path; the explain path shows each group as its own leaf);
    /// <paramref name="someJobCounts"/> is <see cref="ILivelihoodFacts.SomeJobCounts"/> as the income test found it.
    /// </summary>
    public static Truth Any<TFacts, TTrace>(ref TFacts f, ref TTrace t, ExceptionGroupOptions o, Truth someJobCounts)
        where TFacts : struct, ILivelihoodFacts
        where TTrace : struct, ITrace
    {
        var result = Families(ref f, ref t, o, someJobCounts);
        if (result != Truth.True)
        {
            result = result.Or(SingleParents(ref f, ref t, o));
        }

        if (result != Truth.True)
        {
            result = result.Or(UnableToWork(ref f, ref t, o));
        }

        if (result != Truth.True)
        {
            result = result.Or(Elderly(ref f, ref t, o));
        }

        return result;
    }

    /// <summary>(b) families with minor children depending on benefits only temporarily, to supplement earnings that count.</summary>
    public static Truth Families<TFacts, TTrace>(ref TFacts f, ref TTrace t, ExceptionGroupOptions o)
        where TFacts : struct, ILivelihoodFacts
        where TTrace : struct, ITrace
        => Families(ref f, ref t, o, Truth.Unknown, known: false);

    /// <summary>Group (b) given whether some job counts, if <paramref name="known"/>; else read from the facts when needed.</summary>
    private static Truth Families<TFacts, TTrace>(ref TFacts f, ref TTrace t, ExceptionGroupOptions o, Truth someJobCounts, bool known = true)
        where TFacts : struct, ILivelihoodFacts
        where TTrace : struct, ITrace
    {
        if (!o.FamiliesOnTemporarySupplementaryBenefits)
        {
            return Off(ref t);
        }

        var result = TemporaryBenefits(ref f, ref t).And(MinorChild(ref f, ref t));

        // "Ergänzend": the benefits top up earnings, so some member's job must count (element 14 and its
        // labour-market conditions); its questions are the jobs' own.
        return result == Truth.False ? result : result.And(known ? someJobCounts : f.SomeJobCounts());
    }

    /// <summary>(c) single parents (an adult, no spouse) with minor children, temporarily on benefits, who cannot be expected to work.</summary>
    public static Truth SingleParents<TFacts, TTrace>(ref TFacts f, ref TTrace t, ExceptionGroupOptions o)
        where TFacts : struct, ILivelihoodFacts
        where TTrace : struct, ITrace
    {
        if (!o.SingleParentsWorkNotReasonable)
        {
            return Off(ref t);
        }

        var n = f.MemberCount;
        for (var i = 0; i < n; i++)
        {
            if (f.Role(i) == HouseholdRole.Spouse)
            {
                return Truth.False;
            }
        }

        // A single *parent*: a household of minors alone has no parent in it (docs/adr/0012, item 11).
        var result = AnyAdult(ref f);
        if (result == Truth.False)
        {
            return result;
        }

        result = result.And(TemporaryBenefits(ref f, ref t)).And(MinorChild(ref f, ref t));
        for (var i = 0; i < n; i++)
        {
            if (f.Role(i) == HouseholdRole.Applicant)
            {
                var cannotWork = f.WorkNotReasonable(i);
                if (TTrace.Enabled && cannotWork == Truth.Unknown)
                {
                    t.AskHousehold(MemberPath(i, "workNotReasonable"), "Ist der alleinerziehenden Person eine Arbeitsaufnahme unzumutbar (§ 10 Abs. 1 Nr. 3 SGB II)?", "Can the single parent not reasonably be expected to work (§ 10 Abs. 1 Nr. 3 SGB II)?");
                }

                result = result.And(cannotWork);
            }
        }

        return result;
    }

    /// <summary>(d) every adult is unable to work, and the livelihood, including care, is secured otherwise without public funds.</summary>
    public static Truth UnableToWork<TFacts, TTrace>(ref TFacts f, ref TTrace t, ExceptionGroupOptions o)
        where TFacts : struct, ILivelihoodFacts
        where TTrace : struct, ITrace
    {
        if (!o.UnableToWorkSecuredOtherwise)
        {
            return Off(ref t);
        }

        var result = SecuredOtherwise(ref f, ref t);
        if (result == Truth.False)
        {
            return result;
        }

        return EveryAdult(ref f, ref t, result, default(UnableToWorkRequirement));
    }

    /// <summary>
    /// (e) no benefits received, the livelihood secured otherwise, and every adult at least
    /// <see cref="ExceptionGroupOptions.ElderlyMinAge"/> on the reference date with no family in the country of origin
    /// but descendants settled in Germany.
    /// </summary>
    public static Truth Elderly<TFacts, TTrace>(ref TFacts f, ref TTrace t, ExceptionGroupOptions o)
        where TFacts : struct, ILivelihoodFacts
        where TTrace : struct, ITrace
    {
        if (!o.ElderlyWithFamilyInGermany)
        {
            return Off(ref t);
        }

        var result = Traced.Part(ref t, f.ReceivesBenefits, "livelihood.receivesBenefits", "Bezieht der Haushalt öffentliche Leistungen?", "Does the household receive public benefits?", wanted: false)
            .And(SecuredOtherwise(ref f, ref t));
        if (result == Truth.False)
        {
            return result;
        }

        return EveryAdult(ref f, ref t, result, new ElderlyRequirement(o.ElderlyMinAge));
    }

    /// <summary>
    /// <paramref name="result"/> ∧ the household has an adult ∧ every adult member (element 6's reading of "minor")
    /// meets <paramref name="requirement"/>: a group of persons cannot be met by a household of minors alone.
    /// </summary>
    private static Truth EveryAdult<TFacts, TTrace, TRequirement>(ref TFacts f, ref TTrace t, Truth result, TRequirement requirement)
        where TFacts : struct, ILivelihoodFacts
        where TTrace : struct, ITrace
        where TRequirement : struct, IPersonRequirement
    {
        result = result.And(AnyAdult(ref f));
        var n = f.MemberCount;
        for (var i = 0; i < n && result != Truth.False; i++)
        {
            var adult = f.IsMinorChild(i).Not();
            if (adult == Truth.False)
            {
                continue;
            }

            var person = requirement.Verdict(ref f, i);
            var part = adult.Not().Or(person);
            if (TTrace.Enabled && part == Truth.Unknown && person == Truth.Unknown)
            {
                requirement.Ask(ref f, ref t, i);
            }

            result = result.And(part).And(AskBirthDate(ref t, i, adult, person));
        }

        return result;
    }

    /// <summary>What a group asks of each adult (a struct type parameter, so the bulk path calls it without indirection).</summary>
    private interface IPersonRequirement
    {
        /// <summary>Member <paramref name="i"/> meets the requirement.</summary>
        Truth Verdict<TFacts>(ref TFacts f, int i)
            where TFacts : struct, ILivelihoodFacts;

        /// <summary>The questions for the facts that leave the requirement open for member <paramref name="i"/>.</summary>
        void Ask<TFacts, TTrace>(ref TFacts f, ref TTrace t, int i)
            where TFacts : struct, ILivelihoodFacts
            where TTrace : struct, ITrace;
    }

    /// <summary>Group (d): the person is unable to work.</summary>
    private readonly struct UnableToWorkRequirement : IPersonRequirement
    {
        public Truth Verdict<TFacts>(ref TFacts f, int i)
            where TFacts : struct, ILivelihoodFacts
            => f.UnableToWork(i);

        public void Ask<TFacts, TTrace>(ref TFacts f, ref TTrace t, int i)
            where TFacts : struct, ILivelihoodFacts
            where TTrace : struct, ITrace
            => t.AskHousehold(MemberPath(i, "unableToWork"), "Ist die Person erwerbsunfähig?", "Is the person unable to work?");
    }

    /// <summary>
    /// Group (e): the person is old enough, then has no family in the country of origin and descendants settled in
    /// Germany (the family facts are not read once the age fails).
    /// </summary>
    private readonly struct ElderlyRequirement(int minAge) : IPersonRequirement
    {
        public Truth Verdict<TFacts>(ref TFacts f, int i)
            where TFacts : struct, ILivelihoodFacts
        {
            var old = Old(ref f, i);
            return old == Truth.False ? old : old.And(f.NoFamilyInCountryOfOrigin(i)).And(f.DescendantsSettledInGermany(i));
        }

        public void Ask<TFacts, TTrace>(ref TFacts f, ref TTrace t, int i)
            where TFacts : struct, ILivelihoodFacts
            where TTrace : struct, ITrace
        {
            if (Old(ref f, i) == Truth.Unknown)
            {
                t.AskHousehold(MemberPath(i, "birthDate"), "Geburtsdatum?", "Date of birth?");
            }

            if (f.NoFamilyInCountryOfOrigin(i) == Truth.Unknown)
            {
                t.AskHousehold(MemberPath(i, "noFamilyInCountryOfOrigin"), "Hat die Person keine Familie mehr im Herkunftsland?", "Does the person have no family left in the country of origin?");
            }

            if (f.DescendantsSettledInGermany(i) == Truth.Unknown)
            {
                t.AskHousehold(MemberPath(i, "descendantsSettledInGermany"), "Leben Kinder oder Enkel mit dauerhaftem Aufenthalt oder deutscher Staatsangehörigkeit in Deutschland?", "Do children or grandchildren live in Germany with lasting residence or German nationality?");
            }
        }

        private Truth Old<TFacts>(ref TFacts f, int i)
            where TFacts : struct, ILivelihoodFacts
        {
            var age = f.AgeAtReference(i);
            return age == int.MinValue ? Truth.Unknown : (age >= minAge).ToTruth();
        }
    }

    /// <summary>A group the rule set does not provide.</summary>
    private static Truth Off<TTrace>(ref TTrace t)
        where TTrace : struct, ITrace
    {
        return Because.Of(ref t, Truth.False, NotInThisRuleSet);
    }

    /// <summary>
    /// The household depends on benefits only temporarily (groups b and c): "angewiesen" is about the need, so it
    /// does not matter whether the benefits are drawn yet.
    /// </summary>
    private static Truth TemporaryBenefits<TFacts, TTrace>(ref TFacts f, ref TTrace t)
        where TFacts : struct, ILivelihoodFacts
        where TTrace : struct, ITrace
        => Traced.Part(ref t, f.BenefitsTemporary, "livelihood.benefitsTemporary", "Ist der Haushalt nur vorübergehend auf ergänzende Leistungen angewiesen?", "Does the household depend on supplementary benefits only temporarily?");

    private static Truth SecuredOtherwise<TFacts, TTrace>(ref TFacts f, ref TTrace t)
        where TFacts : struct, ILivelihoodFacts
        where TTrace : struct, ITrace
        => Traced.Part(ref t, f.SecuredOtherwise, "livelihood.securedOtherwiseWithoutPublicFunds", "Ist der Unterhalt einschließlich Betreuung und Pflege anderweitig ohne öffentliche Mittel dauerhaft gesichert?", "Is the livelihood, including care, permanently secured otherwise, without public funds?");

    /// <summary>Some member is a minor child (element 6's minor, without its minimum age); asks the open birth dates.</summary>
    private static Truth MinorChild<TFacts, TTrace>(ref TFacts f, ref TTrace t)
        where TFacts : struct, ILivelihoodFacts
        where TTrace : struct, ITrace
    {
        var any = Truth.False;
        var n = f.MemberCount;
        for (var i = 0; i < n && any != Truth.True; i++)
        {
            any = any.Or(f.IsMinorChild(i));
        }

        if (TTrace.Enabled && any == Truth.Unknown)
        {
            for (var i = 0; i < n; i++)
            {
                if (f.IsMinorChild(i) == Truth.Unknown)
                {
                    t.AskHousehold(MemberPath(i, "birthDate"), "Geburtsdatum?", "Date of birth?");
                }
            }
        }

        return any;
    }

    /// <summary>Some member is an adult (element 6's reading of "minor"; Kleene or over the members); no question of its own. Also read by the trainees of Punkt 3.3 (a) (<see cref="LivelihoodKernel"/>).</summary>
    internal static Truth AnyAdult<TFacts>(ref TFacts f)
        where TFacts : struct, ILivelihoodFacts
    {
        var any = Truth.False;
        var n = f.MemberCount;
        for (var i = 0; i < n && any != Truth.True; i++)
        {
            any = any.Or(f.IsMinorChild(i).Not());
        }

        return any;
    }

    /// <summary>A member who may be an adult and does not surely meet the group: whether it is an adult is open, so its birth date is asked.</summary>
    private static Truth AskBirthDate<TTrace>(ref TTrace t, int i, Truth adult, Truth requirement)
        where TTrace : struct, ITrace
    {
        if (adult != Truth.Unknown || requirement == Truth.True)
        {
            return Truth.True;
        }

        if (TTrace.Enabled)
        {
            t.AskHousehold(MemberPath(i, "birthDate"), "Geburtsdatum?", "Date of birth?");
        }

        return Truth.Unknown;
    }

    /// <summary>The property path of a member's fact below the household (formatted only when a question is asked).</summary>
    private static string MemberPath(int member, string property)
        => JobKernels.MemberPath(member, property);
}
