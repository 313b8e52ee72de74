using System.Globalization;
using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Serialization;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>
/// The extension regime (§ 104a Abs. 5, Abs. 6 AufenthG; IMK 4.12.2009 — [background]: verify) at each of its dates
/// and thresholds, day before / on / after, on both paths. Expected values are read from the statute's words:
/// "überwiegend" = more than half of the months; "mindestens seit dem 1. April 2009"; the IMK decision applies from
/// 4.12.2009; "am 31. Dezember 2009 das 65. Lebensjahr vollendet".
/// </summary>
public class S104aExtensionBoundaryTests
{
    private const Outcome P = Outcome.ResidencePermit;
    private const Outcome R = Outcome.Refusal;
    private const Outcome O = Outcome.Pending;
    private const Outcome Pr = Outcome.ProbationPermit104a;
    private const Outcome Ds = Outcome.DiscretionaryPermit;

    private static readonly RuleSet Extension = RuleSet.Imk2006.Under(Regime.S104aExtension);

    private static Household Sample(string name) => Assert.Single(CaseJson.ReadFile(Path.Combine(RepoPaths.Samples, name + ".json")));

    private static DateOnly Day(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>Sample 39 (refused: 13 of 26 months, not secured now, no efforts, no Abs. 6 group) with other work facts.</summary>
    private static Household Refused(Func<WorkLivelihoodHistory, WorkLivelihoodHistory> change, DateOnly? decision = null)
    {
        var h = Sample("39-s104a-extension-refused");
        return h with { WorkLivelihood = change(h.WorkLivelihood!), DecisionDate = decision ?? h.DecisionDate };
    }

    /// <summary>Outcome of the single applicant on the explain path, asserted equal to the bulk path's.</summary>
    private static Outcome Decide(Household h)
    {
        var explain = Assert.Single(Evaluator.Evaluate(h, Extension).Members).Outcome;
        var batch = HouseholdBatch.Create([h]);
        var results = new BulkResult[batch.PersonCount];
        BulkEvaluator.Evaluate(batch, CompiledRuleSet.Compile(Extension), results, parallel: false);
        Assert.Equal(explain, Assert.Single(results).Outcome);
        return explain;
    }

    [Theory]
    [InlineData(12, 25, R)]
    [InlineData(13, 25, P)]
    [InlineData(12, 26, R)]
    [InlineData(13, 26, R)] // exactly half is not "überwiegend"
    [InlineData(14, 26, P)]
    [InlineData(0, 0, R)]   // no month in the period: nothing was mostly secured
    [InlineData(1, 1, P)]
    [InlineData(1200, 1200, P)]
    public void Mostly_secured_by_work_means_more_than_half_of_the_months(int secured, int period, Outcome expected)
        => Assert.Equal(expected, Decide(Refused(w => w with { MonthsSecuredByWork = secured, MonthsInPeriod = period })));

    [Theory]
    [InlineData("2009-03-31", P)]
    [InlineData("2009-04-01", P)]
    [InlineData("2009-04-02", R)]
    public void Livelihood_secured_since_1_4_2009_at_the_latest_extends(string since, Outcome expected)
        => Assert.Equal(expected, Decide(Refused(w => w with { FullySecured = true, FullySecuredSince = Day(since) })));

    [Theory]
    [InlineData("2009-12-03", R)]
    [InlineData("2009-12-04", Pr)]
    [InlineData("2009-12-05", Pr)]
    public void The_probation_route_of_the_IMK_applies_to_decisions_from_4_12_2009(string decision, Outcome expected)
    {
        var h = Refused(w => w with { EffortsShown = true }, Day(decision));
        Assert.Equal(expected, Decide(h));
        var member = Evaluator.Evaluate(h, Extension).Members[0];
        Assert.Equal(expected == R ? null : new DateOnly(2011, 12, 31), member.ValidUntil);
    }

    [Fact]
    public void Without_efforts_the_probation_route_refuses_and_an_unknown_effort_or_date_is_asked()
    {
        Assert.Equal(R, Decide(Refused(w => w with { EffortsShown = false }, Day("2009-12-20"))));
        var unknownEfforts = Refused(w => w with { EffortsShown = null }, Day("2009-12-20"));
        Assert.Equal(O, Decide(unknownEfforts));
        Assert.Contains(Evaluator.Evaluate(unknownEfforts, Extension).Missing, q => q.Path == "$.workLivelihood.effortsShown");
        var unknownDate = Refused(w => w with { EffortsShown = true }) with { DecisionDate = null };
        Assert.Equal(O, Decide(unknownDate));
        Assert.Contains(Evaluator.Evaluate(unknownDate, Extension).Missing, q => q.Path == "$.decisionDate");
    }

    [Fact]
    public void A_household_secured_now_but_since_an_unknown_day_is_pending()
    {
        var h = Refused(w => w with { FullySecured = true, FullySecuredSince = null });
        Assert.Equal(O, Decide(h));
        Assert.Contains(Evaluator.Evaluate(h, Extension).Missing, q => q.Path == "$.workLivelihood.fullySecuredSince");
    }

    /// <summary>
    /// Abs. 6 S. 2 Nr. 5: 65 on 31.12.2009. Born 31.12.1944 the 65th birthday falls on that day; born 2.1.1945 the
    /// person is 64 on either reading. (Born 1.1.1945: "vollendet" at the end of 31.12.2009 under § 187 Abs. 2 S. 2,
    /// § 188 Abs. 2 BGB, but 64 by the anniversary the engine counts — the one day the readings differ; docs/adr/0011.)
    /// </summary>
    [Theory]
    [InlineData("1944-12-30", Ds)]
    [InlineData("1944-12-31", Ds)]
    [InlineData("1945-01-02", R)]
    public void The_elderly_group_counts_the_age_on_31_12_2009(string birth, Outcome expected)
    {
        var h = Sample("40-s104a-extension-hardship-elderly");
        // Able to work (so group Nr. 4 does not carry a younger applicant either).
        h = h with { Members = [h.Members[0] with { BirthDate = Day(birth), UnableToWork = false }] };
        Assert.Equal(expected, Decide(h));
    }

    [Fact]
    public void An_Abs6_group_comes_before_the_probation_route()
    {
        // The elderly applicant of sample 40 also shows efforts, decided after 4.12.2009: still the statute's discretion.
        var h = Sample("40-s104a-extension-hardship-elderly");
        h = h with { WorkLivelihood = h.WorkLivelihood! with { EffortsShown = true } };
        Assert.Equal(Ds, Decide(h));
    }

    /// <summary>§ 8 Abs. 1 AufenthG: the extension needs the grant's conditions — 51 day-fines exceed the 50 of Nr. 6.</summary>
    [Fact]
    public void A_conviction_above_the_threshold_bars_the_extension()
    {
        var h = Sample("38-s104a-extension-by-work");
        var convicted = h with { Members = [h.Members[0] with { Convictions = [new Conviction { DayFines = 51, Sentence = SentenceKind.DayFines, ForeignerOnlyOffence = false, InGermany = true, Culpability = Culpability.Intentional, Erased = false, Date = new DateOnly(2009, 3, 1) }] }] };
        Assert.Equal(P, Decide(h));
        Assert.Equal(R, Decide(convicted));
        Assert.Contains("S104a.Abs5.Nr6", Evaluator.Evaluate(convicted, Extension).Grounds);
    }

    [Theory]
    [InlineData("""{ "monthsInPeriod": 10, "monthsSecuredByWork": 11 }""", "$.workLivelihood.monthsSecuredByWork", "must not exceed monthsInPeriod")]
    [InlineData("""{ "monthsInPeriod": -1 }""", "$.workLivelihood.monthsInPeriod", "must not be negative")]
    [InlineData("""{ "monthsInPeriod": 1201 }""", "$.workLivelihood.monthsInPeriod", "exceeds the limit")]
    public void Contradictory_or_out_of_range_months_are_errors_at_their_path(string work, string path, string message)
    {
        var json = $$"""{ "caseId": "x", "applicationUnder": "S104aExtension", "workLivelihood": {{work}}, "members": [ { "id": "a", "role": "Applicant" } ] }""";
        var e = Assert.Throws<JsonDocumentException>(() => CaseJson.Read(json, "test.json"));
        Assert.Contains(e.Problems, p => p.Path == path && p.Message.Contains(message, StringComparison.Ordinal));
    }
}
