using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes.Imk2006;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.S104aExtension;

/// <summary>
/// The extension regime's own elements written once (§ 104a Abs. 5 S. 2, IMK 4.12.2009 — [background]: verify): the
/// leaves of <see cref="WorkLivelihood"/> and <see cref="ExtensionRegime"/> run <see cref="MostlyByWork"/>,
/// <see cref="FullySince"/>, <see cref="ImkDecision"/> and <see cref="Efforts"/>; the bulk path runs
/// <see cref="ProbationRoute"/> and <see cref="Livelihood"/>, the same Kleene combinations of the same leaves as
/// the explanation's <c>AnyOf</c>/<c>AllOf</c>/<c>Not</c>. The Abs. 6 hardship groups are IMK Punkt 3.3
/// (<see cref="LivelihoodKernel.ExceptionRoute"/>), passed in as their verdict.
/// </summary>
internal static class ExtensionKernels
{
    private static readonly Label NotSecuredNow = new("derzeit nicht eigenständig gesichert", "not independently secured now");

    private static readonly int FullySecuredByDay = ExtensionParameters.FullySecuredBy.DayNumber;

    /// <summary>Abs. 5 S. 2, first case: livelihood mostly secured by work until 31.12.2009 (<see cref="ExtensionParameters.Mostly"/>).</summary>
    public static Truth MostlyByWork<THousehold, TTrace>(ref THousehold f, ref TTrace t)
        where THousehold : struct, IHouseholdFacts
        where TTrace : struct, ITrace
    {
        var period = f.WorkMonthsInPeriod;
        var secured = f.WorkMonthsSecured;
        if (period == int.MinValue || secured == int.MinValue)
        {
            if (TTrace.Enabled)
            {
                if (period == int.MinValue)
                {
                    t.AskHousehold("workLivelihood.monthsInPeriod", "Wie viele Monate lagen zwischen der Erteilung nach § 104a und dem 31.12.2009?", "How many months lay between the § 104a grant and 31.12.2009?");
                }

                if (secured == int.MinValue)
                {
                    t.AskHousehold("workLivelihood.monthsSecuredByWork", "In wie vielen dieser Monate war der Lebensunterhalt durch Erwerbstätigkeit gesichert?", "In how many of those months was livelihood secured by work?");
                }
            }

            return Truth.Unknown;
        }

        if (TTrace.Enabled)
        {
            t.Detail(Label.Later((secured, period), static x => ($"{x.secured} von {x.period} Monaten", $"{x.secured} of {x.period} months")));
        }

        return ExtensionParameters.Mostly(secured, period).ToTruth();
    }

    /// <summary>Abs. 5 S. 2, second case: secured independently, not only temporarily, since 1.4.2009 at the latest.</summary>
    public static Truth FullySince<THousehold, TTrace>(ref THousehold f, ref TTrace t)
        where THousehold : struct, IHouseholdFacts
        where TTrace : struct, ITrace
    {
        var secured = f.WorkFullySecured;
        if (secured == Truth.Unknown)
        {
            return Traced.MissingHousehold(ref t, "workLivelihood.fullySecured", "Ist der Lebensunterhalt derzeit eigenständig und nicht nur vorübergehend gesichert?", "Is livelihood now secured independently and not only temporarily?");
        }

        if (secured == Truth.False)
        {
            return Because.Of(ref t, Truth.False, NotSecuredNow);
        }

        var since = f.WorkFullySecuredSince;
        if (since == Days.None)
        {
            return Traced.MissingHousehold(ref t, "workLivelihood.fullySecuredSince", "Seit wann ist der Lebensunterhalt eigenständig gesichert?", "Since when has livelihood been secured independently?");
        }

        if (TTrace.Enabled)
        {
            t.Detail(Label.Later(DateOnly.FromDayNumber(since), static x => ($"gesichert seit {Ask.D(x)}", $"secured since {Ask.D(x)}")));
        }

        return (since <= FullySecuredByDay).ToTruth();
    }

    /// <summary>Abs. 5 S. 2: either case (<see cref="WorkLivelihood.Rule"/>).</summary>
    public static Truth WorkLivelihood<THousehold, TTrace>(ref THousehold f, ref TTrace t)
        where THousehold : struct, IHouseholdFacts
        where TTrace : struct, ITrace
        => MostlyByWork(ref f, ref t).Or(FullySince(ref f, ref t));

    /// <summary>
    /// The IMK decision of 4.12.2009 applies to an extension decided on that day or later (<see cref="ExtensionParameters.ProbationExtension"/>,
    /// a dated value, with its period and citation in the detail); an unknown decision date is asked.
    /// </summary>
    public static Truth ImkDecision<THousehold, TTrace>(ref THousehold f, ref TTrace t)
        where THousehold : struct, IHouseholdFacts
        where TTrace : struct, ITrace
    {
        var day = f.DecisionDay;
        if (day == Days.None)
        {
            return Traced.MissingHousehold(ref t, "decisionDate", "Datum der Entscheidung über die Verlängerung?", "Date of the decision on the extension?");
        }

        var d = DateOnly.FromDayNumber(day);
        if (ExtensionParameters.ProbationExtension.At(d) is not { } v)
        {
            if (TTrace.Enabled)
            {
                t.Detail(Label.Later(d, static x => ($"Entscheidung {Ask.D(x)}: vor § 104a", $"decision {Ask.D(x)}: before § 104a")));
            }

            return Truth.False;
        }

        if (TTrace.Enabled)
        {
            t.Detail(Label.Later((d, v), static x => (
                $"Entscheidung {Ask.D(x.d)}: {(x.v.Value ? "ja" : "nein")} ab {Ask.D(x.v.From)} ({x.v.Citation})",
                $"decision {Ask.D(x.d)}: {(x.v.Value ? "yes" : "no")} from {Ask.D(x.v.From)} ({x.v.Citation})")));
        }

        return v.Value.ToTruth();
    }

    /// <summary>The household has shown efforts to secure its livelihood (IMK 4.12.2009).</summary>
    public static Truth Efforts<THousehold, TTrace>(ref THousehold f, ref TTrace t)
        where THousehold : struct, IHouseholdFacts
        where TTrace : struct, ITrace
        => Traced.YesNo(ref t, f.EffortsShown, "workLivelihood.effortsShown", "Hat der Haushalt Bemühungen um die Sicherung des Lebensunterhalts nachgewiesen?", "Has the household shown efforts to secure its livelihood?");

    /// <summary>
    /// The requirement: Abs. 5 S. 2, or the IMK route — decided on/after 4.12.2009, efforts shown, and no Abs. 6 group
    /// (<paramref name="hardship"/>, which comes first).
    /// </summary>
    public static Truth ProbationRoute<THousehold, TTrace>(ref THousehold f, ref TTrace t, Truth hardship)
        where THousehold : struct, IHouseholdFacts
        where TTrace : struct, ITrace
        => WorkLivelihood(ref f, ref t).Or(ImkDecision(ref f, ref t).And(Efforts(ref f, ref t)).And(hardship.Not()));

    /// <summary>The livelihood element: Abs. 5 S. 2 or an Abs. 6 hardship group (<paramref name="hardship"/>).</summary>
    public static Truth Livelihood<THousehold, TTrace>(ref THousehold f, ref TTrace t, Truth hardship)
        where THousehold : struct, IHouseholdFacts
        where TTrace : struct, ITrace
        => WorkLivelihood(ref f, ref t).Or(hardship);
}
