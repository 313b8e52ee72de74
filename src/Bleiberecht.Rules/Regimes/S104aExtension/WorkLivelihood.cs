using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Imk2006;

namespace Bleiberecht.Rules.Regimes.S104aExtension;

/// <summary>
/// § 104a Abs. 5 S. 2 AufenthG [background]: verify — the household's livelihood was mostly secured by work until
/// 31.12.2009 (more than half of the period's months), or has been secured independently, not only temporarily,
/// since 1.4.2009 at the latest. Read from <see cref="Facts.WorkLivelihoodHistory"/>; a missing fact is asked.
/// </summary>
internal static class WorkLivelihood
{
    private static readonly Label NotSecuredNow = new("derzeit nicht eigenständig gesichert", "not independently secured now");

    /// <summary>Either case of Abs. 5 S. 2 (Kleene or).</summary>
    public static readonly Rule<HouseholdContext> Rule = new AnyOf<HouseholdContext>(ExtensionMeta.WorkLivelihood, [new Condition<HouseholdContext>(ExtensionMeta.Mostly, MostlyByWork), new Condition<HouseholdContext>(ExtensionMeta.FullySince, FullySince)]);

    private static Check MostlyByWork(HouseholdContext h)
    {
        var w = h.Household.WorkLivelihood;
        if (w?.MonthsInPeriod is not { } period || w.MonthsSecuredByWork is not { } secured)
        {
            var missing = new List<MissingFact>();
            if (w?.MonthsInPeriod is null)
            {
                missing.Add(Ask.Fact(HouseholdContext.Path("workLivelihood.monthsInPeriod"), "Wie viele Monate lagen zwischen der Erteilung nach § 104a und dem 31.12.2009?", "How many months lay between the § 104a grant and 31.12.2009?"));
            }

            if (w?.MonthsSecuredByWork is null)
            {
                missing.Add(Ask.Fact(HouseholdContext.Path("workLivelihood.monthsSecuredByWork"), "In wie vielen dieser Monate war der Lebensunterhalt durch Erwerbstätigkeit gesichert?", "In how many of those months was livelihood secured by work?"));
            }

            return Check.Unknown(null, [.. missing]);
        }

        return Check.Of(
            ExtensionParameters.Mostly(secured, period).ToTruth(),
            Label.Later((secured, period), static x => ($"{x.secured} von {x.period} Monaten", $"{x.secured} of {x.period} months")));
    }

    private static Check FullySince(HouseholdContext h)
    {
        var w = h.Household.WorkLivelihood;
        if (w?.FullySecured is not { } secured)
        {
            return Check.Unknown(null, Ask.Fact(HouseholdContext.Path("workLivelihood.fullySecured"), "Ist der Lebensunterhalt derzeit eigenständig und nicht nur vorübergehend gesichert?", "Is livelihood now secured independently and not only temporarily?"));
        }

        if (!secured)
        {
            return Check.Of(Truth.False, NotSecuredNow);
        }

        if (w.FullySecuredSince is not { } since)
        {
            return Check.Unknown(null, Ask.Fact(HouseholdContext.Path("workLivelihood.fullySecuredSince"), "Seit wann ist der Lebensunterhalt eigenständig gesichert?", "Since when has livelihood been secured independently?"));
        }

        return Check.Of(
            (since <= ExtensionParameters.FullySecuredBy).ToTruth(),
            Label.Later(since, static x => ($"gesichert seit {Ask.D(x)}", $"secured since {Ask.D(x)}")));
    }
}
