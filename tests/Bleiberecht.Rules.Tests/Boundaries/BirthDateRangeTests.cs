using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Serialization;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>
/// A birth date known only as a range (ADR 0013) around the ages the rules read: 18 on 1.7.2007 (§ 104a: who is a
/// minor child), school age on the decision date (IMK, ADR 0012 item 11) and 14 on 1.7.2007 (§ 104b). Each expected
/// value is the hand-derived outcome of every birth date in the range (the exact-date tests of S104aBoundaryTests and
/// LegalReviewTests give the reasoning); a range across a boundary is open and asks for the exact date — on both paths.
/// </summary>
public class BirthDateRangeTests
{
    private const Outcome S = Outcome.StatutoryPermit104a;
    private const Outcome R = Outcome.Refusal;
    private const Outcome P = Outcome.Pending;

    private static readonly RuleSet Statute = RuleSet.Imk2006.Under(Regime.S104a);

    private static DateRange Range(string? from, string? to) => new() { From = from is null ? null : D(from), To = to is null ? null : D(to) };

    private static Household Sample(string name) => Assert.Single(CaseJson.ReadFile(Path.Combine(RepoPaths.Samples, name + ".json")));

    /// <summary>Outcomes per member on the explain path, asserted equal to the bulk path's (members and household).</summary>
    private static (Outcome[] Members, HouseholdDecision Decision) Decide(Household h, RuleSet rules)
    {
        var explain = Evaluator.Evaluate(h, rules);
        var batch = HouseholdBatch.Create([h]);
        var results = new BulkResult[batch.PersonCount];
        var households = new BulkHouseholdResult[1];
        BulkEvaluator.Evaluate(batch, CompiledRuleSet.Compile(rules), results, households, parallel: false);
        var outcomes = explain.Members.Select(m => m.Outcome).ToArray();
        Assert.Equal(outcomes, results.Select(r => r.Outcome));
        Assert.Equal(explain.Outcome, households[0].Outcome);
        return (outcomes, explain);
    }

    /// <summary>Sample 26 (§ 104a: parents and a child, livelihood secured), everybody entered on 1.3.2001 (6 y 4 m on 1.7.2007), the child's birth date a range.</summary>
    private static Household S104aFamily(DateRange childBirth)
    {
        var h = Sample("26-s104a-family-livelihood-secured");
        return h with
        {
            Members = [.. h.Members.Select(p => p.Role == HouseholdRole.Child
                ? p with { BirthDate = null, BirthDateRange = childBirth, EntryDate = new DateOnly(2001, 3, 1) }
                : p with { EntryDate = new DateOnly(2001, 3, 1) })],
        };
    }

    [Fact]
    public void A_child_a_minor_on_1_7_2007_throughout_the_range_lets_the_parents_count_six_years()
        // Born 2.7.1989-30.6.1990: 17 on 1.7.2007 — a minor; the parents need 6 years and have them.
        => Assert.Equal([S, S, S], Decide(S104aFamily(Range("1989-07-02", "1990-06-30")), Statute).Members);

    [Fact]
    public void Adult_on_1_7_2007_an_open_lower_bound_refuses_the_whole_family()
    {
        // "Of age on 1.7.2007" (born on or before 1.7.1989): not a minor child, so the parents need 8 years
        // (6 y 4 m fail), and the adult child needs 8 years itself.
        var (members, d) = Decide(S104aFamily(Range(null, "1989-07-01")), Statute);
        Assert.Equal([R, R, R], members);
        Assert.DoesNotContain(d.Missing, m => m.Path == "$.members[2].birthDate");
    }

    [Fact]
    public void A_range_across_18_on_1_7_2007_asks_for_the_birth_date()
    {
        var (members, d) = Decide(S104aFamily(Range("1989-06-01", "1989-08-01")), Statute);
        Assert.Equal([P, P, P], members);
        Assert.Contains(d.Missing, m => m.Path == "$.members[2].birthDate");
        Assert.Contains(d.Members[2].Missing, m => m.Path == "$.members[2].birthDate");
    }

    /// <summary>Family (decided 15.6.2007) whose child, of unknown exact birth date, does not attend school.</summary>
    private static Household NotAtSchool(string from, string to) =>
        Family(childBirth: "2001-03-01").With("child", p => p with
        {
            BirthDate = null,
            BirthDateRange = Range(from, to),
            EntryDate = D("2002-06-30"),
            Schooling = new Schooling { AttendsSchool = false, PositiveSchoolPrognosis = true },
        });

    [Theory]
    // Born 16.6.2001-30.6.2002: 5 (or 4) on 15.6.2007, not of school age; 3+ on 17.11.2006, so a family.
    [InlineData("2001-06-16", "2002-06-30", Outcome.ResidencePermit)]
    // Born 1.1.2001-15.6.2001: 6 on 15.6.2007 — of school age and not attending.
    [InlineData("2001-01-01", "2001-06-15", Outcome.Refusal)]
    // Across the sixth birthday on the decision date.
    [InlineData("2001-06-01", "2001-06-30", Outcome.Pending)]
    public void School_age_on_the_decision_date(string from, string to, Outcome expected)
    {
        var (_, d) = Decide(NotAtSchool(from, to), RuleSet.Imk2006);
        Assert.Equal(expected, d.Outcome);
        // Across the birthday the days refuse (school age, not attending) or grant: only the birth date is asked.
        Assert.Equal(expected == Outcome.Pending ? ["$.members[2].birthDate"] : [], d.Missing.Select(m => m.Path));
        if (expected == Outcome.Refusal)
        {
            Assert.Contains("IMK.Integration.SchoolAttendance", d.For("applicant").Grounds);
        }
    }

    [Fact]
    public void Sample_43_in_Berlin_asks_only_for_the_birth_date_and_says_which_days_give_which_outcome()
    {
        // The toddler born in 2004 (sample 21's family, decided 15.6.2007). Berlin's A01 is 2 years on 17.11.2006:
        // born 1.1.-17.11.2004 the child makes a family, the parents' 6 y 191 d meet the family's 6 years, everything
        // else is met → permit for all three; born 18.11.-31.12.2004 it is 1, no family, 8 years needed → refused
        // (MinYears). On no day is the child of school age (at most 3 on 15.6.2007, school age 6) or an adult (the
        // language is an adult's requirement), and every other fact is known: the one fact that matters is the
        // child's exact birth date, for every member — not the school attendance, school prognosis and German level
        // a wholly unknown birth date would ask.
        var h = Sample("43-family-toddler-birth-year-only");
        var rules = Rules.Profiles.ProfileCatalog.RuleSetFor("BE");
        var (members, d) = Decide(h, rules);
        Assert.Equal([P, P, P], members);
        Assert.Equal(["$.members[2].birthDate"], d.Missing.Select(m => m.Path));
        Assert.All(d.Members, m => Assert.Equal(["$.members[2].birthDate"], m.Missing.Select(x => x.Path)));
        Assert.Equal(["$.members[2].birthDate"], d.Explanation.Missing.Select(m => m.Path));

        // Pending because some days refuse on the residence time: the grounds are what fails on some day (MinYears),
        // on both paths (the bulk mask is the OR of the days' masks).
        Assert.All(d.Members, m => Assert.Equal(["IMK.Residence.MinYears"], m.Grounds));
        Assert.Equal(["IMK.Residence.MinYears"], d.Grounds);
        var batch = HouseholdBatch.Create([h]);
        var results = new BulkResult[batch.PersonCount];
        var households = new BulkHouseholdResult[1];
        BulkEvaluator.Evaluate(batch, CompiledRuleSet.Compile(rules), results, households, parallel: false);
        Assert.All(results, r => Assert.Equal(["IMK.Residence.MinYears"], rules.Regime.IdsOf(r.Failures)));
        Assert.Equal(["IMK.Residence.MinYears"], rules.Regime.IdsOf(households[0].Failures));

        var node = Assert.Single(d.Explanation.Children, c => c.ElementId == "Facts.BirthDateRange");
        Assert.Equal(Rules.Logic.Truth.Unknown, node.Result);
        Assert.Contains("child-1 2004-01-01..2004-11-17: ResidencePermit", node.Detail!.En, StringComparison.Ordinal);
        Assert.Contains("child-1 2004-11-18..2004-12-31: Refusal", node.Detail.En, StringComparison.Ordinal);
        Assert.Contains("child-1 2004-11-18..2004-12-31: Refusal", node.Detail.De, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_43_under_the_base_rule_is_refused_on_every_day_and_asks_nothing()
    {
        // Base A01 = 3 years on 17.11.2006: born in 2004 the child is at most 2, so never a family; 8 years needed.
        var (members, d) = Decide(Sample("43-family-toddler-birth-year-only"), RuleSet.Imk2006);
        Assert.Equal([R, R, R], members);
        Assert.Empty(d.Missing);
    }

    [Fact]
    public void A_question_open_on_some_days_is_asked_beside_the_birth_date()
    {
        // Decided 15.6.2007, the child's school attendance unknown. Born 1.-15.6.2001: 6 on 15.6.2007, of school age,
        // so attendance decides (pending on it); born 16.-30.6.2001: 5, not of school age, 5 on 17.11.2006 (a family,
        // 6 y 10 m ≥ 6 years) → permit. The days disagree: the birth date matters, and attendance is open on some.
        var h = NotAtSchool("2001-06-01", "2001-06-30").With("child", p => p with { Schooling = new Schooling { AttendsSchool = null, PositiveSchoolPrognosis = true } });
        var (members, d) = Decide(h, RuleSet.Imk2006);
        Assert.Equal([P, P, P], members);
        Assert.Equal(["$.members[2].birthDate", "$.members[2].schooling.attendsSchool"], d.Missing.Select(m => m.Path));
        Assert.Equal(["$.members[2].birthDate", "$.members[2].schooling.attendsSchool"], d.Members[2].Missing.Select(m => m.Path));
        var node = Assert.Single(d.Explanation.Children, c => c.ElementId == "Facts.BirthDateRange");
        Assert.Contains("child 2001-06-01..2001-06-15: Pending; child 2001-06-16..2001-06-30: ResidencePermit", node.Detail!.En, StringComparison.Ordinal);

        // Not of school age on any day (born 16.6.2001-30.6.2002): attendance cannot matter, nothing is asked.
        var younger = NotAtSchool("2001-06-16", "2002-06-30").With("child", p => p with { Schooling = new Schooling { AttendsSchool = null, PositiveSchoolPrognosis = true } });
        var (_, y) = Decide(younger, RuleSet.Imk2006);
        Assert.Equal(Outcome.ResidencePermit, y.Outcome);
        Assert.Empty(y.Missing);
    }

    [Fact]
    public void With_two_ranged_children_only_the_birth_date_that_changes_the_outcome_is_asked()
    {
        // Decided 15.6.2007. The first child (not at school) is born 1.-30.6.2001: 6 on 15.6.2007 up to the 15th (of
        // school age, not attending → refused), 5 from the 16th (permit). The second is born 10.-25.11.2003: 3 on
        // 17.11.2006 up to the 17th, 2 after — A01's minimum age, but the first child (5 on 17.11.2006) makes the
        // household a family on every day, and a minor child's own outcome follows the family's either way: its
        // exact day changes nothing, so only the first child's birth date is asked.
        var h = NotAtSchool("2001-06-01", "2001-06-30");
        h = h with
        {
            Members =
            [
                .. h.Members,
                Child("child-2", "2003-11-10", "2004-01-01") with { BirthDate = null, BirthDateRange = Range("2003-11-10", "2003-11-25") },
            ],
        };
        var (members, d) = Decide(h, RuleSet.Imk2006);
        Assert.Equal([P, P, P, P], members);
        Assert.Equal(["$.members[2].birthDate"], d.Missing.Select(m => m.Path));
        Assert.All(d.Members, m => Assert.Equal(["$.members[2].birthDate"], m.Missing.Select(x => x.Path)));
    }

    [Fact]
    public void Both_ends_refused_but_not_every_day_between_is_open_not_refused()
    {
        // Decided 15.6.2007, the child does not attend school. Born 1.1.2001: 6 on 15.6.2007, of school age →
        // refused. Born 1.1.2004: 2 on 17.11.2006, so no child of 3 (A01) makes the household a family and the parents'
        // 6 y 10 m fall short of 8 years → refused. Born 1.1.2002: 4 on 17.11.2006 (a family), 5 on 15.6.2007 (not yet of
        // school age) → permit. Judging the two ends would refuse; the range must stay open.
        var h = Family(childBirth: "2001-03-01").With("child", p => p with
        {
            BirthDate = null,
            BirthDateRange = Range("2001-01-01", "2004-01-01"),
            EntryDate = D("2004-06-01"),
            Schooling = new Schooling { AttendsSchool = false, PositiveSchoolPrognosis = true },
        });
        var (_, d) = Decide(h, RuleSet.Imk2006);
        Assert.Equal(Outcome.Refusal, Evaluator.Evaluate(h.With("child", p => p with { BirthDate = D("2001-01-01"), BirthDateRange = null })).Outcome);
        Assert.Equal(Outcome.Refusal, Evaluator.Evaluate(h.With("child", p => p with { BirthDate = D("2004-01-01"), BirthDateRange = null })).Outcome);
        Assert.Equal(Outcome.ResidencePermit, Evaluator.Evaluate(h.With("child", p => p with { BirthDate = D("2002-01-01"), BirthDateRange = null })).Outcome);
        Assert.Equal(Outcome.Pending, d.Outcome);
        Assert.Contains(d.Missing, m => m.Path == "$.members[2].birthDate");
    }

    [Theory]
    // 14 on 1.7.2007 throughout (born on or before 1.7.1993, a minor): § 104b grants the child its own permit.
    [InlineData("1992-08-01", "1993-07-01", Outcome.DiscretionaryPermit)]
    // 13 on 1.7.2007 throughout: the child follows its refused parents.
    [InlineData("1993-07-02", "1994-06-30", R)]
    // Across the 14th birthday on 1.7.2007: open, the birth date asked.
    [InlineData("1993-06-01", "1993-08-01", P)]
    public void S104b_the_14_year_limit(string from, string to, Outcome child)
    {
        var h = Sample("37-s104b-child-stays");
        h = h with { Members = [.. h.Members.Select(p => p.Role == HouseholdRole.Child ? p with { BirthDate = null, BirthDateRange = Range(from, to) } : p)] };
        var (members, d) = Decide(h, Statute);
        Assert.Equal(child, members[2]);
        Assert.Equal(child == P, d.Members[2].Missing.Any(m => m.Path == "$.members[2].birthDate"));
        if (child != P)
        {
            Assert.Equal([R, R], members[..2]);
        }
    }

    [Fact]
    public void The_explanation_says_how_the_range_was_decided()
    {
        var d = Evaluator.Evaluate(S104aFamily(Range("1989-07-02", "1990-06-30")), Statute);
        var node = Assert.Single(d.Explanation.Children, c => c.ElementId == "Facts.BirthDateRange");
        Assert.Equal(Rules.Logic.Truth.True, node.Result);
    }

    [Fact]
    public void Candidates_cover_the_day_the_age_changes_and_the_day_after()
    {
        // 18 on 1.7.2007: born 1.7.1989 (of age) and 2.7.1989 (a minor) must both be tried.
        var h = S104aFamily(Range("1989-01-01", "1989-12-31"));
        var child = h.Members[2];
        var c = BirthDateRanges.Candidates(h, child, child.BirthDateRange!, Statute);
        Assert.Contains(new DateOnly(1989, 7, 1), c);
        Assert.Contains(new DateOnly(1989, 7, 2), c);
        Assert.Equal(c.Order().Distinct(), c);
        Assert.All(c, x => Assert.InRange(x, new DateOnly(1989, 1, 1), new DateOnly(1989, 12, 31)));
    }

    [Fact]
    public void A_range_beyond_the_entry_date_is_clipped_to_it()
    {
        var h = S104aFamily(Range("1989-01-01", "2010-12-31"));
        var child = h.Members[2];
        Assert.Equal(new DateOnly(2001, 3, 1), BirthDateRanges.Candidates(h, child, child.BirthDateRange!, Statute).Max());
    }

    [Fact]
    public void A_range_left_empty_by_the_entry_date_beside_a_second_range_makes_the_birth_dates_unknown_without_a_crash()
    {
        // A household built in code (the validator would refuse an entry before the earliest birth date): the first
        // ranged member's range lies wholly after its entry, so it has no candidate day. The number of decisions
        // once wrapped around to a negative count here and the candidates of the empty range were indexed.
        var h = Sample("26-s104a-family-livelihood-secured");
        h = h with
        {
            Members = [.. h.Members.Select((p, i) => i switch
            {
                0 => p with { BirthDate = null, BirthDateRange = Range("1960-01-01", "1970-12-31"), EntryDate = new DateOnly(1959, 6, 1) },
                2 => p with { BirthDate = null, BirthDateRange = Range("1995-01-01", "1999-12-31") },
                _ => p,
            })],
        };
        // Documented (ADR 0013 item 6): beyond the bound, or with an empty range, the ranged birth dates are unknown.
        var (members, _) = Decide(h, Statute);
        var unknown = Evaluator.Evaluate(BirthDateRanges.Unknown(h, [0, 2]), Statute);
        Assert.Equal(unknown.Members.Select(m => m.Outcome), members);
    }

    [Fact]
    public void Leap_day_births_are_split_where_the_age_changes()
    {
        // School age (6) on the decision date 28.2.2010: a child born 29.2.2004 is 6 (the anniversary falls on 28.2,
        // LegalTime.AgeOn), one born 1.3.2004 is 5 — both must be candidates.
        var h = Family() with { DecisionDate = new DateOnly(2010, 2, 28) };
        var p = h.Members[2] with { BirthDate = null, BirthDateRange = Range("2004-02-20", "2004-03-10"), EntryDate = null };
        var c = BirthDateRanges.Candidates(h, p, p.BirthDateRange!, RuleSet.Imk2006);
        Assert.Contains(new DateOnly(2004, 2, 29), c);
        Assert.Contains(new DateOnly(2004, 3, 1), c);
        Assert.Equal(6, LegalTime.AgeOn(new DateOnly(2004, 2, 29), new DateOnly(2010, 2, 28)));
        Assert.Equal(5, LegalTime.AgeOn(new DateOnly(2004, 3, 1), new DateOnly(2010, 2, 28)));
    }

    [Fact]
    public void The_candidate_set_stays_small_for_an_open_bound()
    {
        // "Of age on 1.7.2007" with no lower bound: the ends plus two days per reference date and compared age.
        var h = S104aFamily(Range(null, "1989-07-01"));
        var c = BirthDateRanges.Candidates(h, h.Members[2], h.Members[2].BirthDateRange!, Statute);
        Assert.InRange(c.Length, 2, 2 + (2 * 7 * 11));
    }

    [Theory]
    [InlineData("{\"from\":\"1990-01-01\",\"to\":\"1989-01-01\"}", "$.members[0].birthDateRange.to")]
    [InlineData("{\"from\":\"1800-01-01\"}", "$.members[0].birthDateRange.from")]
    public void Invalid_ranges_are_refused_with_their_path(string range, string path)
    {
        var json = "{\"caseId\":\"x\",\"applicationFiled\":true,\"members\":[{\"id\":\"a\",\"role\":\"Applicant\",\"birthDateRange\":" + range + "}]}";
        var e = Assert.Throws<JsonDocumentException>(() => CaseJson.Read(json));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_birth_date_and_a_range_together_are_refused()
    {
        const string json = "{\"caseId\":\"x\",\"applicationFiled\":true,\"members\":[{\"id\":\"a\",\"role\":\"Applicant\",\"birthDate\":\"1980-01-01\",\"birthDateRange\":{\"from\":\"1979-01-01\"}}]}";
        var e = Assert.Throws<JsonDocumentException>(() => CaseJson.Read(json));
        Assert.Contains("$.members[0].birthDateRange", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_range_date_reports_line_and_column()
    {
        const string json = "{\"caseId\":\"x\",\"applicationFiled\":true,\"members\":[{\"id\":\"a\",\"role\":\"Applicant\",\n\"birthDateRange\":{\"from\":\"1979-13-01\"}}]}";
        var e = Assert.Throws<JsonDocumentException>(() => CaseJson.Read(json));
        Assert.Contains("birthDateRange.from", e.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_before_the_earliest_birth_date_is_refused()
    {
        const string json = "{\"caseId\":\"x\",\"applicationFiled\":true,\"members\":[{\"id\":\"a\",\"role\":\"Applicant\",\"entryDate\":\"1999-01-01\",\"birthDateRange\":{\"from\":\"2000-01-01\"}}]}";
        var e = Assert.Throws<JsonDocumentException>(() => CaseJson.Read(json));
        Assert.Contains("$.members[0].entryDate", e.Message, StringComparison.Ordinal);
    }
}
