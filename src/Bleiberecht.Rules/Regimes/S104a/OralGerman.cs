using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Imk2006;

namespace Bleiberecht.Rules.Regimes.S104a;

/// <summary>
/// § 104a Abs. 1 S. 1 Nr. 2 with S. 4 and S. 5 [background]: oral German at A2. The authority grants first and asks
/// later: a decision up to and including 1.7.2008 does not wait for the proof (the permit carries the condition);
/// after that day A2 must be shown, unless illness, disability or age prevent it. Adults only (children: school, Nr. 3).
/// </summary>
internal static class OralGerman
{
    private static readonly Label Child = new("minderjährig am 1.7.2007: Schulbesuch statt Sprachnachweis", "minor on 1.7.2007: school instead of a language test");
    private static readonly Label Exempt = new("befreit: Krankheit, Behinderung oder Alter (S. 5)", "exempt: illness, disability or age (S. 5)");

    public static readonly Rule<MemberContext> Rule = new Condition<MemberContext>(
        S104aMeta.Language,
        m => Applicability.When(Members.IsAdult(m), m, Test, Child, m.Path("birthDate")),
        m => m.Person.Id);

    private static Check Test(MemberContext m)
    {
        var level = m.Person.GermanLevel;
        if (level >= S104aParameters.LanguageLevel)
        {
            return Check.Of(Truth.True, Label.Later(level.Value, static l => ($"Niveau {l}, erforderlich A2 (mündlich)", $"level {l}, required A2 (oral)")));
        }

        if (m.Person.LanguageExemption == true)
        {
            return Check.Of(Truth.True, Exempt);
        }

        if (m.Household.Household.DecisionDate is not { } decision)
        {
            return Check.Unknown(null, Ask.Fact(HouseholdContext.Path("decisionDate"), "Datum der Entscheidung (bis 1.7.2008 wird der Sprachnachweis zurückgestellt)?", "Date of the decision (until 1.7.2008 the language proof is deferred)?"));
        }

        if (decision <= S104aParameters.LanguageDeadline)
        {
            // Permit first, condition later: the proof is owed by 1.7.2008 (the permit's condition, shown on the node).
            return Check.Of(Truth.True, new Label("Auflage: A2 mündlich bis 1.7.2008 nachzuweisen (S. 4)", "condition: oral A2 to be shown by 1.7.2008 (S. 4)"));
        }

        if (level is null)
        {
            return Check.Unknown(null, Ask.Fact(m.Path("germanLevel"), "Welches Deutschniveau (GER, mündlich) hat die Person?", "What is the person's (oral) German level (CEFR)?"));
        }

        if (m.Person.LanguageExemption is null)
        {
            return Check.Unknown(
                Label.Later(level.Value, static l => ($"Niveau {l} unter A2", $"level {l} below A2")),
                Ask.Fact(m.Path("languageExemption"), "Kann die Person A2 wegen Krankheit, Behinderung oder Alter nicht erreichen?", "Is the person unable to reach A2 because of illness, disability or age?"));
        }

        return Check.Of(Truth.False, Label.Later(level.Value, static l => ($"Niveau {l} unter A2, Frist 1.7.2008 abgelaufen", $"level {l} below A2, deadline 1.7.2008 passed")));
    }
}
