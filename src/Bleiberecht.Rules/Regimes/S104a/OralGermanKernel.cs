using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.S104a;

/// <summary>
/// § 104a Abs. 1 S. 1 Nr. 2 with S. 4 and S. 5 [background] written once (<see cref="OralGerman"/>'s leaf and the bulk
/// path run it): oral German at A2; a decision up to and including 1.7.2008 defers the proof; after that A2 must be
/// shown unless illness, disability or age prevent it. Adults only (children: school, Nr. 3).
/// </summary>
internal static class OralGermanKernel
{
    private static readonly Label Child = new("minderjährig am 1.7.2007: Schulbesuch statt Sprachnachweis", "minor on 1.7.2007: school instead of a language test");
    private static readonly Label Exempt = new("befreit: Krankheit, Behinderung oder Alter (S. 5)", "exempt: illness, disability or age (S. 5)");
    private static readonly Label Deferred = new("Auflage: A2 mündlich bis 1.7.2008 nachzuweisen (S. 4)", "condition: oral A2 to be shown by 1.7.2008 (S. 4)");
    private static readonly int DeadlineDay = S104aParameters.LanguageDeadline.DayNumber;

    /// <summary>The element for a member: the requirement where <paramref name="adult"/> (Kleene "adult → requirement").</summary>
    public static Truth ForAdult<TFacts, TTrace>(ref TFacts f, ref TTrace t, int decisionDay, Truth adult)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        if (Applicable.Skip(ref t, adult, Child))
        {
            return Truth.True;
        }

        if (TTrace.Enabled && adult == Truth.Unknown)
        {
            var probe = default(NoTrace);
            Applicable.AskBirthDateUnlessMet(ref t, Test(ref f, ref probe, decisionDay));
        }

        return Applicable.Implies(adult, Test(ref f, ref t, decisionDay));
    }

    /// <summary>The requirement for one adult on decision day <paramref name="decisionDay"/> (<see cref="Days.None"/> if unknown).</summary>
    public static Truth Test<TFacts, TTrace>(ref TFacts f, ref TTrace t, int decisionDay)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        var level = f.GermanLevel;
        if (level >= (int)S104aParameters.LanguageLevel)
        {
            if (TTrace.Enabled)
            {
                t.Detail(Label.Later((CefrLevel)level, static l => ($"Niveau {l}, erforderlich A2 (mündlich)", $"level {l}, required A2 (oral)")));
            }

            return Truth.True;
        }

        var exemption = f.LanguageExemption;
        if (exemption == Truth.True)
        {
            return Because.Of(ref t, Truth.True, Exempt);
        }

        if (decisionDay == Days.None)
        {
            return Traced.MissingHousehold(ref t, "decisionDate", "Datum der Entscheidung (bis 1.7.2008 wird der Sprachnachweis zurückgestellt)?", "Date of the decision (until 1.7.2008 the language proof is deferred)?");
        }

        if (decisionDay <= DeadlineDay)
        {
            // Permit first, condition later: the proof is owed by 1.7.2008 (the permit's condition, shown on the node).
            return Because.Of(ref t, Truth.True, Deferred);
        }

        if (level < 0)
        {
            if (TTrace.Enabled)
            {
                t.Ask("germanLevel", "Welches Deutschniveau (GER, mündlich) hat die Person?", "What is the person's (oral) German level (CEFR)?");
            }

            return Truth.Unknown;
        }

        if (exemption == Truth.Unknown)
        {
            if (TTrace.Enabled)
            {
                t.Detail(Label.Later((CefrLevel)level, static l => ($"Niveau {l} unter A2", $"level {l} below A2")));
                t.Ask("languageExemption", "Kann die Person A2 wegen Krankheit, Behinderung oder Alter nicht erreichen?", "Is the person unable to reach A2 because of illness, disability or age?");
            }

            return Truth.Unknown;
        }

        if (TTrace.Enabled)
        {
            t.Detail(Label.Later((CefrLevel)level, static l => ($"Niveau {l} unter A2, Frist 1.7.2008 abgelaufen", $"level {l} below A2, deadline 1.7.2008 passed")));
        }

        return Truth.False;
    }
}
