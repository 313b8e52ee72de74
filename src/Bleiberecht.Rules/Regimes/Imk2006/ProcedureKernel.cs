using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Elements 23-24 written once (household): an application ("Antrag auf Erteilung eines Aufenthaltstitels",
/// L137-138), filed on or before the deadline of the options in force on the decision date (A30, L706-707; dated
/// options, ADR 0009). <see cref="ProcedureElements"/> explains them, the bulk loop runs them on the batch's household row.
/// </summary>
internal static class ProcedureKernel
{
    // Fixed texts of explanation details, allocated once (they are read on every decision).
    private static readonly Label NoApplicationDeadlineInThisRuleSet = new("keine Antragsfrist in diesem Regelwerk", "no application deadline in this rule set");
    private static readonly Label NoApplication = new("kein Antrag", "no application");

    /// <summary>Element 23: a dated application counts as filed unless the file says none was filed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth Application<TFacts, TTrace>(ref TFacts f, ref TTrace t)
        where TFacts : struct, IHouseholdFacts
        where TTrace : struct, ITrace
    {
        var filed = f.ApplicationFiled;
        var date = f.ApplicationDate;
        if (date != Days.None && filed != Truth.False)
        {
            if (TTrace.Enabled)
            {
                t.Detail(Label.Later(DateOnly.FromDayNumber(date), static d => ($"Antrag vom {Ask.D(d)}", $"application of {Ask.D(d)}")));
            }

            return Truth.True;
        }

        return Traced.YesNo(ref t, filed, "applicationFiled", "Wurde ein Antrag gestellt?", "Was an application filed?");
    }

    /// <summary>Element 24: filed on or before <see cref="DeadlineOptions.Application"/>; without a deadline, or without an application, it does not apply (met).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth ApplicationDeadline<TFacts, TTrace>(ref TFacts f, ref TTrace t, DeadlineOptions o)
        where TFacts : struct, IHouseholdFacts
        where TTrace : struct, ITrace
    {
        if (o.Application is not { } deadline)
        {
            if (TTrace.Enabled)
            {
                t.Detail(NoApplicationDeadlineInThisRuleSet);
            }

            return Truth.True;
        }

        if (f.ApplicationFiled == Truth.False)
        {
            if (TTrace.Enabled)
            {
                t.Detail(NoApplication);
            }

            return Truth.True;
        }

        var date = f.ApplicationDate;
        if (date == Days.None)
        {
            if (TTrace.Enabled)
            {
                t.AskHousehold("applicationDate", "Wann wurde der Antrag gestellt?", "When was the application filed?");
            }

            return Truth.Unknown;
        }

        if (TTrace.Enabled)
        {
            t.Detail(Label.Later((DateOnly.FromDayNumber(date), deadline), static x => ($"Antrag {Ask.D(x.Item1)}, Frist {Ask.D(x.deadline)}", $"filed {Ask.D(x.Item1)}, deadline {Ask.D(x.deadline)}")));
        }

        return (date <= deadline.DayNumber).ToTruth();
    }
}
