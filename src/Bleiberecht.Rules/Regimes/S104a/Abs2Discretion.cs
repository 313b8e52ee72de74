using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Imk2006;
using static Bleiberecht.Rules.Explanation.Citation;

namespace Bleiberecht.Rules.Regimes.S104a;

/// <summary>
/// § 104a Abs. 2 AufenthG [background]: verify — two discretionary ("kann") routes for members the time rule of
/// Abs. 1 does not reach, as the regime's <see cref="ElementRole.Discretion"/> element standing in for the residence
/// time (Abs. 1 S. 1):
/// S. 1 — the adult unmarried child of a parent who meets the Abs. 1 time, if it entered as a minor and its
/// integration appears assured; S. 2 — an unaccompanied minor with 6 years on 1.7.2007 and the same prognosis.
/// Anybody else: the route does not exist (False), so the time refusal stands.
/// </summary>
internal static class Abs2Discretion
{
    public static readonly RuleMeta Meta = RuleMeta.Of("S104a.Abs2", "Ermessen nach Abs. 2 (volljähriges Kind / unbegleiteter Minderjähriger)", "discretion under Abs. 2 (adult child / unaccompanied minor)", Statute("§ 104a Abs. 2 S. 1, S. 2 AufenthG"), Background("\"kann\": adult unmarried child who entered as a minor, parent meets Abs. 1; unaccompanied minor with 6 years on 1.7.2007; integration prognosis; verify"));

    private static readonly RuleMeta AdultChildMeta = RuleMeta.Of("S104a.Abs2.S1", "volljähriges lediges Kind, als Minderjähriger eingereist", "adult unmarried child who entered as a minor", Statute("§ 104a Abs. 2 S. 1 AufenthG"), Background("verify"));

    private static readonly RuleMeta UnaccompaniedMeta = RuleMeta.Of("S104a.Abs2.S2", "unbegleiteter Minderjähriger, 6 Jahre am 1.7.2007", "unaccompanied minor with 6 years on 1.7.2007", Statute("§ 104a Abs. 2 S. 2 AufenthG"), Background("verify"));

    private static readonly Label NotAnAdultChild = new("kein volljähriges Kind", "not an adult child");
    private static readonly Label NotUnaccompanied = new("nicht unbegleitet minderjährig", "not an unaccompanied minor");

    // § 104a Abs. 3 S. 3 [background]: "Sofern im Ausnahmefall Kinder von ihren Eltern getrennt werden, muss ihre
    // Betreuung in Deutschland sichergestellt sein." Every other minor is capped by its parents (MinorsFollowParents),
    // so this route is the only one that grants a child its parents are refused: the care condition sits here, cited.
    private static readonly RuleMeta ChildMeta = RuleMeta.Of("S104b", "integriertes Kind (14+), Eltern reisen aus, Betreuung sichergestellt", "integrated child (14+) whose parents leave, care assured", Statute("§ 104b AufenthG"), Statute("§ 104a Abs. 3 S. 3 AufenthG"), Background("14 on 1.7.2007, 6 years, German (read as B1), integration, custody and care in Germany assured (Abs. 3 S. 3), parents leave after refusal; verify"));

    private static readonly Label NotAChildWithParents = new("kein minderjähriges Kind mit Eltern im Haushalt", "not a minor child living with its parents");

    /// <summary>The element: any route (Kleene or). § 104b acts where the parents are refused (the engine's child route).</summary>
    public static readonly Rule<MemberContext> Rule = new AnyOf<MemberContext>(Meta, [AdultChild(), Unaccompanied(), ChildStaying()]);

    private static Rule<MemberContext> ChildStaying() => new Condition<MemberContext>(
        ChildMeta,
        m =>
        {
            var p = m.Person;
            var hasParent = m.Household.Members.Any(o => o.Person.Role is HouseholdRole.Applicant or HouseholdRole.Spouse);
            var minor = Members.IsMinorChild(m);
            if (!hasParent || minor == Truth.False || p.BirthDate is not { } birth)
            {
                return minor == Truth.False || !hasParent ? Check.Of(Truth.False, NotAChildWithParents) : Check.Unknown(null, Ask.Fact(m.Path("birthDate"), "Geburtsdatum?", "Date of birth?"));
            }

            if (LegalTime.AgeOn(birth, S104aParameters.ReferenceDate) < S104aParameters.ChildStayingAge)
            {
                return Check.Of(Truth.False, new Label("am 1.7.2007 jünger als 14", "younger than 14 on 1.7.2007"));
            }

            var time = ResidenceElements.MinYears(m, Truth.True);
            var german = p.GermanLevel is { } level ? (level >= S104aParameters.ChildStayingGerman).ToTruth() : Truth.Unknown;
            var result = time.Result.And(german).And(p.IntegrationPrognosis.ToTruth()).And(p.CustodyAssured.ToTruth()).And(p.ParentsLeave.ToTruth());
            if (result != Truth.Unknown)
            {
                return Check.Of(result, time.Detail);
            }

            var missing = new List<MissingFact>(time.Result == Truth.Unknown ? time.Missing : []);
            void AskIf(bool open, string fact, string de, string en)
            {
                if (open)
                {
                    missing.Add(Ask.Fact(m.Path(fact), de, en));
                }
            }

            AskIf(german == Truth.Unknown, "germanLevel", "Welches Deutschniveau hat das Kind?", "What is the child's German level?");
            AskIf(p.IntegrationPrognosis is null, "integrationPrognosis", "Erscheint eine dauerhafte Integration gewährleistet?", "Does lasting integration appear assured?");
            AskIf(p.CustodyAssured is null, "custodyAssured", "Ist die Personensorge im Bundesgebiet sichergestellt?", "Is the child's custody in Germany assured?");
            AskIf(p.ParentsLeave is null, "parentsLeave", "Reisen die Eltern nach Ablehnung aus?", "Do the parents leave after their refusal?");
            return new Check(Truth.Unknown, time.Detail, missing);
        },
        m => m.Person.Id);

    private static Rule<MemberContext> AdultChild() => new Condition<MemberContext>(
        AdultChildMeta,
        m =>
        {
            if (m.Person.Role != HouseholdRole.Child || Members.IsMinorChild(m) == Truth.True)
            {
                return Check.Of(Truth.False, NotAnAdultChild);
            }

            var adult = Members.IsMinorChild(m).Not();
            var p = m.Person;
            var enteredAsMinor = p.BirthDate is { } birth && p.EntryDate is { } entry ? (LegalTime.AgeOn(birth, entry) < S104aParameters.AgeOfMajority).ToTruth() : Truth.Unknown;

            // A parent (applicant or spouse) meets the Abs. 1 time.
            var parent = Truth.False;
            foreach (var other in m.Household.Members)
            {
                if (other.Person.Role is HouseholdRole.Applicant or HouseholdRole.Spouse)
                {
                    parent = parent.Or(ResidenceTime.Rule.Evaluate(other));
                }
            }

            var result = adult.And(enteredAsMinor).And(parent).And(p.Unmarried.ToTruth()).And(p.IntegrationPrognosis.ToTruth());
            if (result != Truth.Unknown)
            {
                return Check.Of(result, Label.Later((enteredAsMinor, parent), static x => ($"als Minderjähriger eingereist: {x.enteredAsMinor}; Elternteil erfüllt Abs. 1: {x.parent}", $"entered as a minor: {x.enteredAsMinor}; a parent meets Abs. 1: {x.parent}")));
            }

            var missing = new List<MissingFact>();
            if (enteredAsMinor == Truth.Unknown)
            {
                missing.Add(Ask.Fact(m.Path("entryDate"), "Einreisedatum und Geburtsdatum (als Minderjähriger eingereist?)", "Entry and birth date (entered as a minor?)"));
            }

            if (p.Unmarried is null)
            {
                missing.Add(Ask.Fact(m.Path("unmarried"), "Ist das Kind ledig?", "Is the child unmarried?"));
            }

            if (p.IntegrationPrognosis is null)
            {
                missing.Add(Ask.Fact(m.Path("integrationPrognosis"), "Erscheint eine dauerhafte Integration gewährleistet?", "Does lasting integration appear assured?"));
            }

            if (parent == Truth.Unknown)
            {
                missing.Add(Ask.Fact("$.members", "Erfüllt ein Elternteil die Aufenthaltszeit nach Abs. 1?", "Does a parent meet the residence time of Abs. 1?"));
            }

            return new Check(Truth.Unknown, null, missing);
        },
        m => m.Person.Id);

    private static Rule<MemberContext> Unaccompanied() => new Condition<MemberContext>(
        UnaccompaniedMeta,
        m =>
        {
            var p = m.Person;
            var hasParent = m.Household.Members.Any(o => !ReferenceEquals(o, m) && o.Person.Role is HouseholdRole.Applicant or HouseholdRole.Spouse);
            if (hasParent)
            {
                return Check.Of(Truth.False, NotUnaccompanied);
            }

            if (p.BirthDate is not { } birth)
            {
                return Check.Unknown(null, Ask.Fact(m.Path("birthDate"), "Geburtsdatum (minderjährig am 1.7.2007?)", "Date of birth (a minor on 1.7.2007?)"));
            }

            if (LegalTime.AgeOn(birth, S104aParameters.ReferenceDate) >= S104aParameters.AgeOfMajority)
            {
                return Check.Of(Truth.False, NotUnaccompanied);
            }

            // 6 years on 1.7.2007: the Abs. 1 time block read as for a family (6 years).
            var time = ResidenceElements.MinYears(m, Truth.True);
            var result = time.Result.And(p.IntegrationPrognosis.ToTruth());
            if (result != Truth.Unknown)
            {
                return Check.Of(result, time.Detail);
            }

            var missing = new List<MissingFact>(time.Missing);
            if (p.IntegrationPrognosis is null)
            {
                missing.Add(Ask.Fact(m.Path("integrationPrognosis"), "Erscheint eine dauerhafte Integration gewährleistet?", "Does lasting integration appear assured?"));
            }

            return new Check(Truth.Unknown, time.Detail, missing);
        },
        m => m.Person.Id);
}
