using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Element 8 written once: German at the required level (A2, L4179-4180) for each adult; a child shows school
/// attendance instead (<see cref="ForAdult"/>, the applicability composed by <see cref="Applicable"/> on both paths).
/// </summary>
internal static class LanguageKernel
{
    private static readonly Label ChildSchoolAttendanceInsteadOfALanguageTest = new("Kind: Schulbesuch statt Sprachnachweis", "child: school attendance instead of a language test");

    /// <summary>The element for a member: the requirement where <paramref name="adult"/> (Kleene "adult → requirement").</summary>
    public static Truth ForAdult<TFacts, TTrace>(ref TFacts f, ref TTrace t, LanguageOptions o, int decisionDay, Truth adult)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        if (Applicable.Skip(ref t, adult, ChildSchoolAttendanceInsteadOfALanguageTest))
        {
            return Truth.True;
        }

        if (TTrace.Enabled && adult == Truth.Unknown)
        {
            var probe = default(NoTrace);
            Applicable.AskBirthDateUnlessMet(ref t, Language(ref f, ref probe, o, decisionDay));
        }

        return Applicable.Implies(adult, Language(ref f, ref t, o, decisionDay));
    }

    /// <summary>The requirement for one adult on decision day <paramref name="decisionDay"/> (<see cref="Days.None"/> if unknown).</summary>
    public static Truth Language<TFacts, TTrace>(ref TFacts f, ref TTrace t, LanguageOptions o, int decisionDay)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        // No proof mode lowers the level: A2 is not varied by any Land (L4179-4180), and RP's wish to keep the
        // language hurdle "niedrig" (L2534-2537) is an intent, not a rule (docs/adr/0012, item 5).
        var required = (int)o.RequiredLevel;
        var level = f.GermanLevel;
        if (level < 0)
        {
            if (TTrace.Enabled)
            {
                t.Ask("germanLevel", "Welches Deutschniveau (GER) hat die Person?", "What is the person's German level (CEFR)?");
            }

            return Truth.Unknown;
        }

        Label? detail = null;
        if (TTrace.Enabled)
        {
            detail = Label.Later(((CefrLevel)level, o.RequiredLevel, o.ProofMode), static x => ($"Niveau {x.Item1}, erforderlich {x.RequiredLevel} ({x.ProofMode})", $"level {x.Item1}, required {x.RequiredLevel} ({x.ProofMode})"));
            t.Detail(detail);
        }

        if (level < required)
        {
            return Deficit(ref f, ref t, o, detail);
        }

        // A level recorded with the day it was reached (germanLevelSince, ADR 0013) counts from that day; the
        // requirement is judged on the decision date [derived: the IMK permit is granted when the authority decides].
        var since = f.GermanSince;
        if (since != Days.None)
        {
            if (decisionDay == Days.None)
            {
                if (TTrace.Enabled)
                {
                    t.AskHousehold("decisionDate", "Datum der Entscheidung (ab wann zählt das Sprachniveau)?", "Date of the decision (from when does the language level count)?");
                }

                return Truth.Unknown;
            }

            if (since > decisionDay)
            {
                // Before `since` the level was at most one below the recorded one: below the requirement on that day,
                // the deficit rules apply (a course can bridge it as for any deficit); otherwise the level is asked.
                if (level - 1 < required)
                {
                    return Deficit(ref f, ref t, o, TTrace.Enabled ? Label.Later(DateOnly.FromDayNumber(since), static s => ($"Niveau erst ab {Ask.D(s)} erreicht", $"level reached only on {Ask.D(s)}")) : null);
                }

                if (TTrace.Enabled)
                {
                    t.Ask("germanLevel", "Welches Deutschniveau hatte die Person am Tag der Entscheidung?", "What was the person's German level on the day of the decision?");
                }

                return Truth.Unknown;
            }
        }

        // Oral check in person (Rhein-Lahn, L2680-2682): a level on paper is not enough until it is checked.
        if (o.ProofMode == LanguageProofMode.OralCheckInPerson && !f.GermanVerifiedInPerson)
        {
            if (TTrace.Enabled)
            {
                t.Ask("germanVerifiedInPerson", "Wurden die Deutschkenntnisse persönlich bei der Ausländerbehörde geprüft?", "Was the German level checked in person at the authority?");
            }

            return Truth.Unknown;
        }

        return Truth.True;
    }

    /// <summary>
    /// Below the required level: refused, unless the rule set bridges the deficit with a permit and an integration
    /// course (A23 ConditionalPermitWithCourse, Oder-Spree's intent, L1125-1127) — only for a person admitted to the
    /// course; when the BAMF refused it, the Duldung was extended (L1127-1130).
    /// </summary>
    private static Truth Deficit<TFacts, TTrace>(ref TFacts f, ref TTrace t, LanguageOptions o, Label? detail)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        if (o.DeficitOutcome != LanguageDeficitOutcome.ConditionalPermitWithCourse)
        {
            if (TTrace.Enabled)
            {
                t.Detail(detail);
            }

            return Truth.False;
        }

        var course = Traced.Part(ref t, f.IntegrationCourseAdmitted, "integrationCourseAdmitted", "Ist die Person zu einem Integrationskurs zugelassen?", "Is the person admitted to an integration course?");
        if (TTrace.Enabled)
        {
            t.Detail(Label.Later((detail!, course), static x => (
                $"{x.Item1.De}; Erlaubnis nur mit Integrationskurs (Auflage), Zulassung: {x.course}",
                $"{x.Item1.En}; permit only with an integration course (condition), admitted: {x.course}")));
        }

        return course;
    }
}
