using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes.Imk2006;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.S104a;

/// <summary>
/// The § 104a regime's requirement "in force on the decision date" written once: the statute decides only from
/// 28.8.2007 (L2598-2601); an unknown decision date is asked. <see cref="S104aRegime"/>'s leaf runs it, the bulk path too.
/// </summary>
internal static class InForceKernel
{
    private static readonly int InForceDay = S104aParameters.InForce.DayNumber;

    /// <summary>Decided on or after 28.8.2007.</summary>
    public static Truth InForce<THousehold, TTrace>(ref THousehold f, ref TTrace t)
        where THousehold : struct, IHouseholdFacts
        where TTrace : struct, ITrace
    {
        var decision = f.DecisionDay;
        if (decision == Days.None)
        {
            return Traced.MissingHousehold(ref t, "decisionDate", "Datum der Entscheidung (§ 104a gilt ab 28.8.2007)?", "Date of the decision (§ 104a applies from 28.8.2007)?");
        }

        if (TTrace.Enabled)
        {
            t.Detail(Label.Later(DateOnly.FromDayNumber(decision), static x => ($"Entscheidung {Ask.D(x)}", $"decision {Ask.D(x)}")));
        }

        return (decision >= InForceDay).ToTruth();
    }
}
