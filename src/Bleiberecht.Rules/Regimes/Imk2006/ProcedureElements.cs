using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>Elements 23-24: an application ("Antrag auf Erteilung eines Aufenthaltstitels", L137-138), filed in time (L706-707).</summary>
internal static class ProcedureElements
{
    // Fixed texts of explanation details, allocated once (they are read on every decision).
    private static readonly Label NoApplicationDeadlineInThisRuleSet = new("keine Antragsfrist in diesem Regelwerk", "no application deadline in this rule set");
    private static readonly Label NoApplication = new("kein Antrag", "no application");

    /// <summary>Element 23.</summary>
    public static readonly Rule<HouseholdContext> Application = new Condition<HouseholdContext>(
        ImkElements.Application,
        h => h.Household.ApplicationDate is { } date && h.Household.ApplicationFiled != false
            ? Check.Of(Truth.True, Label.Later(date, static d => ($"Antrag vom {Ask.D(d)}", $"application of {Ask.D(d)}")))
            : Ask.YesNo(h.Household.ApplicationFiled, HouseholdContext.Path("applicationFiled"), "Wurde ein Antrag gestellt?", "Was an application filed?"));

    /// <summary>Element 24: filed on or before <c>Deadline.Application</c> (A30).</summary>
    public static readonly Rule<HouseholdContext> ApplicationDeadline = new Condition<HouseholdContext>(
        ImkElements.ApplicationDeadline,
        h =>
        {
            if (h.Options.Deadline.Application is not { } deadline)
            {
                return Check.NotApplicable(NoApplicationDeadlineInThisRuleSet);
            }

            if (h.Household.ApplicationFiled == false)
            {
                return Check.NotApplicable(NoApplication);
            }

            if (h.Household.ApplicationDate is not { } date)
            {
                return Check.Unknown(null, Ask.Fact(HouseholdContext.Path("applicationDate"), "Wann wurde der Antrag gestellt?", "When was the application filed?"));
            }

            return Check.Of((date <= deadline).ToTruth(), Label.Later((date, deadline), static x => ($"Antrag {Ask.D(x.date)}, Frist {Ask.D(x.deadline)}", $"filed {Ask.D(x.date)}, deadline {Ask.D(x.deadline)}")));
        });
}
