using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Bulk;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Robustness;

/// <summary>
/// One regression test per root cause the mutation fuzzer found (issue 11): crashes on dates near 9999, decimal
/// overflow, integer enum values, lone surrogates; silently wrong decisions from a wrapping day-fine sum, an unknown
/// status history and an unknown need. Engine tests build the case in code (no validator in between), so they pin
/// the engine itself; loader tests pin the documented limit with its JSON path and line.
/// </summary>
public class RootCauseTests
{
    private const string MinYears = "IMK.Residence.MinYears";

    private static JsonProblem OneProblem(string json)
    {
        var e = Assert.Throws<JsonDocumentException>(() => CaseJson.Read(json, "t.json"));
        var p = Assert.Single(e.Problems);
        Assert.NotNull(p.Line);
        Assert.NotNull(p.Column);
        return p;
    }

    private static string Case(string member = "", string household = "")
        => "{ \"caseId\": \"c\", " + household + "\"members\": [ { \"id\": \"a\", \"role\": \"Applicant\", \"birthDate\": \"1970-01-01\"" + member + " } ] }";

    private static void BothPathsAgree(Household h)
    {
        var problems = BulkGenerators.RuleSets.SelectMany(r => BulkEquivalenceTests.Differences([h], r)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(2)));
    }

    // --- dates near 9999 -------------------------------------------------------------------------------------

    [Theory]
    [InlineData(", \"entryDate\": \"9999-12-31\"", "$.members[0].entryDate")]
    [InlineData(", \"interruptions\": [ { \"from\": \"2000-01-01\", \"to\": \"9999-12-31\" } ]", "$.members[0].interruptions[0].to")]
    [InlineData(", \"employments\": [ { \"kind\": \"Regular\", \"start\": \"2101-01-01\" } ]", "$.members[0].employments[0].start")]
    [InlineData(", \"convictions\": [ { \"date\": \"1899-12-31\" } ]", "$.members[0].convictions[0].date")]
    public void A_date_outside_1900_to_2100_is_rejected_at_its_path(string member, string path)
    {
        var p = OneProblem(Case(member));
        Assert.Equal(path, p.Path);
        Assert.Contains("1900-01-01..2100-12-31", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decision_date_in_9999_is_rejected_at_its_path()
        => Assert.Equal("$.decisionDate", OneProblem(Case(household: "\"decisionDate\": \"9999-12-31\", ")).Path);

    [Fact]
    public void A_birth_date_out_of_range_is_not_echoed()
    {
        var p = OneProblem(Case(", \"entryDate\": \"1999-01-01\"").Replace("1970-01-01", "1812-03-04", StringComparison.Ordinal));
        Assert.Equal("$.members[0].birthDate", p.Path);
        Assert.DoesNotContain("1812", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_arithmetic_saturates_at_the_end_of_the_calendar()
    {
        // 9998-01-01 + 6 years = 10004: beyond the calendar, so never completed on any date.
        Assert.False(LegalTime.HasCompletedYears(new DateOnly(9998, 1, 1), DateOnly.MaxValue, 6));
        Assert.True(LegalTime.HasCompletedYears(new DateOnly(9990, 1, 1), DateOnly.MaxValue, 6));
        Assert.Equal(DateOnly.MaxValue, LegalTime.AddDays(DateOnly.MaxValue, 1));
        Assert.Equal(new DateOnly(9999, 12, 31), LegalTime.AddDays(new DateOnly(9999, 12, 30), 1));
        Assert.Equal(DateOnly.MaxValue, LegalTime.AddMonths(new DateOnly(9999, 6, 15), 24));
        Assert.Equal(new DateOnly(2009, 6, 15), LegalTime.AddMonths(new DateOnly(2007, 6, 15), 24));
        Assert.Equal(DateOnly.MaxValue, LegalTime.AddYears(new DateOnly(9995, 2, 28), 5));
        Assert.Equal(new DateOnly(2001, 2, 28), LegalTime.AddYears(new DateOnly(2000, 2, 29), 1));
    }

    [Fact]
    public void An_interruption_ending_9999_12_31_restarts_the_stay_beyond_any_date_on_both_paths()
    {
        // Built in code, so no validator stands between the date and the rules.
        var h = Single().With("applicant", p => p with { Interruptions = [new DatePeriod { From = D("2000-01-01"), To = DateOnly.MaxValue }] });
        var d = h.Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains(MinYears, d.For("applicant").Grounds);
        BothPathsAgree(h);
    }

    [Fact]
    public void A_permit_decided_in_9999_and_misconduct_ending_9999_are_decided_without_overflow_on_both_paths()
    {
        var late = Single() with { DecisionDate = new DateOnly(9999, 12, 1) };
        _ = late.Evaluate();
        BothPathsAgree(late);

        var misconduct = Single().With("applicant", p => p with
        {
            Misconduct = [new MisconductRecord { Kind = MisconductKind.Deception, From = D("2001-01-01"), To = DateOnly.MaxValue, Deliberate = true, CausedNonRemoval = true, OfSomeWeight = true, OutweighedByIntegration = false }],
        });
        _ = misconduct.Evaluate();
        BothPathsAgree(misconduct);
    }

    // --- decimal overflow ----------------------------------------------------------------------------------------

    [Fact]
    public void Two_jobs_of_5e28_EUR_cover_the_need_without_overflow_on_both_paths()
    {
        var rich = Single().With("applicant", p => p with { Employments = [Job(net: 5e28m), Job(net: 5e28m)] }) with
        {
            Livelihood = new Livelihood { MonthlyNeedEur = 1000m, ReceivesBenefits = false, NotionalChildBenefitEur = 5e28m, NotionalHousingBenefitEur = 5e28m },
        };
        Assert.Equal(Outcome.ResidencePermit, rich.Evaluate().Outcome);
        BothPathsAgree(rich);
    }

    [Fact]
    public void Saturating_sums_stop_at_the_end_of_the_range()
    {
        Assert.Equal(decimal.MaxValue, Saturating.Add(5e28m, 5e28m));
        Assert.Equal(decimal.MinValue, Saturating.Add(-5e28m, -5e28m));
        Assert.Equal(3.5m, Saturating.Add(1.25m, 2.25m));
        Assert.Equal(int.MaxValue, Saturating.Add(int.MaxValue, int.MaxValue));
        Assert.Equal(long.MaxValue, Saturating.Add(long.MaxValue, 1L));
        Assert.Equal(long.MinValue, Saturating.Add(long.MinValue, -1L));
        Assert.Equal(decimal.MaxValue, Saturating.Multiply(5e28m, 2m));
        Assert.Equal(2.5e28m, Saturating.Multiply(5e28m, 0.5m));
    }

    [Theory]
    [InlineData("netMonthlyEur", "50000000000000000000000000000")]
    [InlineData("grossMonthlyEur", "1000000.01")]
    public void An_amount_above_the_limit_is_rejected_at_its_path(string field, string value)
    {
        var p = OneProblem(Case($", \"employments\": [ {{ \"kind\": \"Regular\", \"{field}\": {value} }} ]"));
        Assert.Equal($"$.members[0].employments[0].{field}", p.Path);
        Assert.Contains("exceeds the limit of 1,000,000", p.Message, StringComparison.Ordinal);
    }

    // --- integer enum values -------------------------------------------------------------------------------------

    [Theory]
    [InlineData(", \"germanLevel\": 2147483647", "$.members[0].germanLevel")]
    [InlineData(", \"germanLevel\": 255", "$.members[0].germanLevel")]
    [InlineData(", \"germanLevel\": -1", "$.members[0].germanLevel")]
    [InlineData(", \"germanLevel\": \"-1\"", "$.members[0].germanLevel")]
    [InlineData(", \"germanLevel\": \"2\"", "$.members[0].germanLevel")]
    [InlineData(", \"germanLevel\": \"A1, A2\"", "$.members[0].germanLevel")]
    [InlineData(", \"germanLevel\": \"0000000000000000000000000000000000000000000000000000000000000000000000000000000000000002\"", "$.members[0].germanLevel")]
    [InlineData(", \"employments\": [ { \"kind\": 99 } ]", "$.members[0].employments[0].kind")]
    [InlineData(", \"statusHistory\": [ { \"from\": \"2000-01-01\", \"status\": 4 } ]", "$.members[0].statusHistory[0].status")]
    public void An_enum_given_as_a_number_is_rejected_at_its_path(string member, string path)
        => Assert.Equal(path, OneProblem(Case(member)).Path);

    [Fact]
    public void An_enum_given_by_name_still_loads_in_any_case()
    {
        Assert.Equal(CefrLevel.A2, CaseJson.Read(Case(", \"germanLevel\": \"A2\""))[0].Members[0].GermanLevel);
        Assert.Equal(CefrLevel.B1, CaseJson.Read(Case(", \"germanLevel\": \"b1\""))[0].Members[0].GermanLevel);
    }

    [Fact]
    public void An_undefined_enum_value_built_in_code_is_reported_by_the_validator()
    {
        var h = Single().With("applicant", p => p with { GermanLevel = (CefrLevel)255, Employments = [Job() with { Kind = (EmploymentKind)99 }] });
        var paths = CaseValidator.Validate(h).Select(p => p.Path).ToList();
        Assert.Contains("$.members[0].germanLevel", paths);
        Assert.Contains("$.members[0].employments[0].kind", paths);
    }

    // --- day-fines wrap -----------------------------------------------------------------------------------------

    [Fact]
    public void Two_convictions_of_int_MaxValue_day_fines_exclude_instead_of_wrapping_to_a_permit()
    {
        var fine = new Conviction { Date = D("2005-01-01"), InGermany = true, Culpability = Culpability.Intentional, ForeignerOnlyOffence = false, Sentence = SentenceKind.DayFines, DayFines = int.MaxValue };
        var h = Single().With("applicant", p => p with { Convictions = [fine, fine] });
        var d = h.Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains("IMK.Exclusion.Conviction", d.For("applicant").Grounds);
        BothPathsAgree(h);
    }

    [Fact]
    public void Day_fines_above_the_StGB_maximum_are_rejected_at_their_path()
    {
        var p = OneProblem(Case(", \"convictions\": [ { \"sentence\": \"DayFines\", \"dayFines\": 2147483647 } ]"));
        Assert.Equal("$.members[0].convictions[0].dayFines", p.Path);
        Assert.Contains("720", p.Message, StringComparison.Ordinal);
    }

    // --- unknown read as none ------------------------------------------------------------------------------------

    [Fact]
    public void An_unknown_need_without_any_income_is_unknown_not_false_on_both_paths()
    {
        // A need of 0 would be covered by no income at all: not knowing the need leaves the income test open.
        var h = Single().With("applicant", p => p with { Employments = [] }) with
        {
            Livelihood = new Livelihood { MonthlyNeedEur = null, ReceivesBenefits = false, SecuredOtherwiseWithoutPublicFunds = false },
        };
        var d = h.Evaluate();
        Assert.Equal(Outcome.Pending, d.Outcome);
        Assert.Contains("$.livelihood.monthlyNeedEur", d.Missing.Select(m => m.Path));
        BothPathsAgree(h);

        var known = h with { Livelihood = h.Livelihood! with { MonthlyNeedEur = 0m } };
        Assert.Equal(Outcome.ResidencePermit, known.Evaluate().Outcome);
    }

    [Fact]
    public void An_unknown_notional_benefit_leaves_the_income_test_open_where_notional_income_counts()
    {
        // Found by the fuzzer: (child ?? 0) + (housing ?? 0) refused a household that a known housing benefit grants.
        var rules = new RuleSet("test:notional", "notional income counts", Bleiberecht.Rules.Options.ImkOptions.Base with
        {
            Income = Bleiberecht.Rules.Options.ImkOptions.Base.Income with { NotionalChildAndHousingBenefit = true },
        }, []);
        // A family with three minor children: notional benefits count only for many children (docs/adr/0012 item 12).
        var h = Family().With("applicant", p => p with { Employments = [Job(net: 800m)] }) with
        {
            Members = [.. Family().With("applicant", p => p with { Employments = [Job(net: 800m)] }).Members, Child("second", "1998-01-01", "2000-01-15"), Child("third", "2000-03-01")],
            Livelihood = new Livelihood { MonthlyNeedEur = 1000m, ReceivesBenefits = false, BenefitsTemporary = false, SecuredOtherwiseWithoutPublicFunds = false, NotionalChildBenefitEur = 100m },
        };
        var open = Evaluator.Evaluate(h, rules);
        Assert.Equal(Outcome.Pending, open.Outcome);
        Assert.Contains("$.livelihood.notionalHousingBenefitEur", open.Missing.Select(m => m.Path));
        Assert.Empty(BulkEquivalenceTests.Differences([h], rules, compiled: Bleiberecht.Rules.Bulk.CompiledRuleSet.Compile));

        // 800 + 100 + 100 = 1,000 covers the need of 1,000; 800 + 100 + 0 does not.
        var covered = h with { Livelihood = h.Livelihood! with { NotionalHousingBenefitEur = 100m } };
        Assert.Equal(Outcome.ResidencePermit, Evaluator.Evaluate(covered, rules).Outcome);
        var short_ = h with { Livelihood = h.Livelihood! with { NotionalHousingBenefitEur = 0m } };
        Assert.NotEqual(Outcome.Pending, Evaluator.Evaluate(short_, rules).Outcome);
        Assert.NotEqual(Outcome.ResidencePermit, Evaluator.Evaluate(short_, rules).Outcome);
    }

    [Fact]
    public void An_open_exclusion_keeps_a_conversion_to_section_104a_open_on_both_paths()
    {
        // Found by the fuzzer (seed 979129516): refused only for too short a stay under the IMK rule, converted to
        // § 104a although extremism links were unknown; § 104a Abs. 1 Nr. 5 excludes them, so knowing could refuse.
        var rules = new RuleSet("test:convert104a", "conversion to § 104a", Bleiberecht.Rules.Options.ImkOptions.Base with
        {
            Fallback = Bleiberecht.Rules.Options.ImkOptions.Base.Fallback with { Convert104a = Bleiberecht.Rules.Options.Convert104a.EvaluateBoth },
        }, []);
        var sample = CaseJson.ReadFile(Path.Combine(Serialization.RepoPaths.Samples, "05-too-short-residence.json"))[0] with { DecisionDate = D("2015-07-15") };
        Outcome Under(bool? extremism) => Evaluator.Evaluate(sample.With(sample.Members[0].Id, p => p with { ExtremismLinks = extremism }), rules).Members[0].Outcome;

        Assert.Equal(Outcome.StatutoryPermit104a, Under(false));
        Assert.Equal(Outcome.Refusal, Under(true));
        Assert.Equal(Outcome.Pending, Under(null));
        var open = sample.With(sample.Members[0].Id, p => p with { ExtremismLinks = null });
        Assert.Contains($"$.members[0].extremismLinks", Evaluator.Evaluate(open, rules).Members[0].Missing.Select(m => m.Path));
        Assert.Empty(BulkEquivalenceTests.Differences([open], rules, compiled: Bleiberecht.Rules.Bulk.CompiledRuleSet.Compile));
    }

    [Fact]
    public void A_history_period_without_status_outside_known_interruptions_is_rejected()
    {
        const string History = ", \"entryDate\": \"1996-11-17\", \"interruptions\": [ INTERRUPTIONS ], \"statusHistory\": [ { \"from\": \"1996-11-17\", \"to\": \"2000-05-31\", \"status\": \"Gestattung\" }, { \"from\": \"2000-06-01\", \"to\": \"2001-05-31\", \"status\": \"None\" } ]";
        var p = OneProblem(Case(History.Replace("INTERRUPTIONS", string.Empty, StringComparison.Ordinal)));
        Assert.Equal("$.members[0].statusHistory[1]", p.Path);

        // Listed as an interruption too, or with the interruptions unknown, the history is consistent.
        Assert.Single(CaseJson.Read(Case(History.Replace("INTERRUPTIONS", "{ \"from\": \"2000-06-01\", \"to\": \"2001-05-31\" }", StringComparison.Ordinal))));
        Assert.Single(CaseJson.Read(Case(History.Replace("\"interruptions\": [ INTERRUPTIONS ], ", string.Empty, StringComparison.Ordinal))));
    }
}
