using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Serialization;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>
/// The § 104a regime at each of its dates and thresholds, day before / on / after, on both paths. Expected values
/// are read from § 104a AufenthG ([background]: verify): in force 28.8.2007 (L2598-2601), 8/6 years on 1.7.2007,
/// language proof until 1.7.2008, 50/90 day-fines, minors by age on 1.7.2007.
/// </summary>
public class S104aBoundaryTests
{
    private const Outcome S = Outcome.StatutoryPermit104a;
    private const Outcome R = Outcome.Refusal;

    private static readonly RuleSet Statute = RuleSet.Imk2006.Under(Regime.S104a);

    private static Household Sample(string name) => Assert.Single(CaseJson.ReadFile(Path.Combine(RepoPaths.Samples, name + ".json")));

    /// <summary>The single applicant of sample 28 (A1, job, 9 years), decided on <paramref name="decision"/>.</summary>
    private static Household Single(DateOnly decision, Func<Person, Person>? change = null)
    {
        var h = Sample("28-s104a-language-deferred");
        return h with { DecisionDate = decision, Members = [.. h.Members.Select(p => change is null ? p : change(p))] };
    }

    /// <summary>Outcomes per member on the explain path, asserted equal to the bulk path's.</summary>
    private static Outcome[] Decide(Household h)
    {
        var explain = Evaluator.Evaluate(h, Statute).Members.Select(m => m.Outcome).ToArray();
        var batch = HouseholdBatch.Create([h]);
        var results = new BulkResult[batch.PersonCount];
        BulkEvaluator.Evaluate(batch, CompiledRuleSet.Compile(Statute), results, parallel: false);
        Assert.Equal(explain, results.Select(r => r.Outcome));
        return explain;
    }

    private static string[] Grounds(Household h) => [.. Evaluator.Evaluate(h, Statute).Grounds];

    [Theory]
    [InlineData("2007-08-27", R)]
    [InlineData("2007-08-28", S)]
    [InlineData("2007-08-29", S)]
    public void The_statute_decides_from_28_8_2007(string decision, Outcome expected)
    {
        // Before 1.7.2008 the A1 applicant's language proof is deferred, so only the date in force decides.
        var h = Single(DateOnly.Parse(decision, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([expected], Decide(h));
        Assert.Equal(expected == R, Grounds(h).Contains("S104a.Basis.InForce"));
    }

    [Theory]
    [InlineData("2008-06-30", S)]
    [InlineData("2008-07-01", S)]
    [InlineData("2008-07-02", R)]
    public void Oral_German_may_be_shown_until_1_7_2008(string decision, Outcome expected)
    {
        var h = Single(DateOnly.Parse(decision, System.Globalization.CultureInfo.InvariantCulture), p => p with { LanguageExemption = false });
        Assert.Equal([expected], Decide(h));
    }

    [Fact]
    public void After_the_language_deadline_an_unknown_exemption_is_asked_not_refused()
    {
        var h = Single(new DateOnly(2008, 7, 2), p => p with { LanguageExemption = null });
        Assert.Equal([Outcome.Pending], Decide(h));
        Assert.Contains(Evaluator.Evaluate(h, Statute).Missing, m => m.Path == "$.members[0].languageExemption");
    }

    [Fact]
    public void Without_a_decision_date_the_language_deferral_is_asked()
    {
        var h = Single(new DateOnly(2008, 1, 1)) with { DecisionDate = null };
        Assert.Equal([Outcome.Pending], Decide(h));
    }

    [Theory]
    [InlineData("1999-06-30", S)]
    [InlineData("1999-07-01", S)]
    [InlineData("1999-07-02", R)]
    public void A_single_person_needs_eight_years_on_1_7_2007(string entry, Outcome expected)
    {
        var h = Single(new DateOnly(2008, 1, 15), p => p with { EntryDate = DateOnly.Parse(entry, System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal([expected], Decide(h));
    }

    /// <summary>Sample 26 (parents, one child born 1.5.1998, job) with the parents' entry moved.</summary>
    private static Household Family(DateOnly parentsEntry, DateOnly? childBirth = null, DateOnly? childEntry = null)
    {
        var h = Sample("26-s104a-family-livelihood-secured");
        return h with
        {
            Members = [.. h.Members.Select(p => p.Role == HouseholdRole.Child
                ? p with { BirthDate = childBirth ?? p.BirthDate, EntryDate = childEntry ?? p.EntryDate }
                : p with { EntryDate = parentsEntry })],
        };
    }

    [Theory]
    [InlineData("2001-06-30", S)]
    [InlineData("2001-07-01", S)]
    [InlineData("2001-07-02", R)]
    public void Parents_living_with_a_minor_child_need_six_years(string entry, Outcome expected)
    {
        var h = Family(DateOnly.Parse(entry, System.Globalization.CultureInfo.InvariantCulture));
        // The child (minor on 1.7.2007) has no time of its own and follows its parents.
        Assert.Equal([expected, expected, expected], Decide(h));
    }

    [Theory]
    // Born 2.7.1989: 17 on 1.7.2007, a minor — the parents need 6 years, the child none of its own.
    [InlineData("1989-07-02", S, S)]
    // Born 1.7.1989: 18 on 1.7.2007, of age — not a minor child: the parents need 8 years; the adult child, living
    // with its parents, needs 8 years itself (not 6) and is decided on its own, not capped (IMK correction 2).
    [InlineData("1989-07-01", R, R)]
    public void Who_is_a_minor_is_decided_by_age_on_1_7_2007(string birth, Outcome parents, Outcome child)
    {
        // Everybody entered on 1.3.2001: 6 years 4 months on 1.7.2007.
        var h = Family(new DateOnly(2001, 3, 1), DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2001, 3, 1));
        Assert.Equal([parents, parents, child], Decide(h));
    }

    [Fact]
    public void An_adult_child_with_eight_years_is_granted_although_its_parents_are_refused()
    {
        // Parents 6 y 4 m without a minor child (refused: 8 years); the adult child entered 1.3.1999 (8 y 4 m).
        var h = Family(new DateOnly(2001, 3, 1), new DateOnly(1985, 1, 1), new DateOnly(1999, 3, 1));
        Assert.Equal([R, R, S], Decide(h));
    }

    private static Conviction Fine(int dayFines, bool foreignerOnly) => new()
    {
        Date = new DateOnly(2005, 10, 12),
        InGermany = true,
        Culpability = Culpability.Intentional,
        ForeignerOnlyOffence = foreignerOnly,
        Sentence = SentenceKind.DayFines,
        DayFines = dayFines,
    };

    [Theory]
    [InlineData(49, false, S)]
    [InlineData(50, false, S)]
    [InlineData(51, false, R)]
    [InlineData(89, true, S)]
    [InlineData(90, true, S)]
    [InlineData(91, true, R)]
    public void Fines_up_to_50_or_90_day_fines_are_disregarded(int dayFines, bool foreignerOnly, Outcome expected)
    {
        var h = Single(new DateOnly(2008, 1, 15), p => p with { Convictions = [Fine(dayFines, foreignerOnly)] });
        Assert.Equal([expected], Decide(h));
    }

    [Fact]
    public void A_profile_cannot_lower_the_statutory_thresholds()
    {
        // A rule set with 30/60 day-fines (a Land's IMK practice) decides § 104a cases with the statute's 50/90.
        var strict = RuleSet.Imk2006 with { Options = Rules.Options.ImkOptions.Base with { Exclusion = Rules.Options.ImkOptions.Base.Exclusion with { ConvictionDayFinesGeneral = 30, ConvictionDayFinesForeignerOnly = 60 } } };
        var h = Single(new DateOnly(2008, 1, 15), p => p with { Convictions = [Fine(40, false)] });
        Assert.Equal(R, Evaluator.Evaluate(h, strict).Members[0].Outcome);
        Assert.Equal(S, Evaluator.Evaluate(h, strict.Under(Regime.S104a)).Members[0].Outcome);
    }

    [Fact]
    public void An_unknown_spouse_hardship_keeps_only_the_offenders_wife_open()
    {
        var h = Sample("32-s104a-abs3-spouse-hardship");
        h = h with { Members = [.. h.Members.Select(p => p.Role == HouseholdRole.Spouse ? p with { SpouseHardship = null } : p)] };
        Assert.Equal([R, Outcome.Pending, R], Decide(h));
    }

    [Fact]
    public void The_hardship_exception_is_for_the_offenders_spouse_only()
    {
        // The conviction is the adult son's, not the husband's: the mother's hardship does not exempt her (Abs. 3 S. 2).
        var h = Sample("32-s104a-abs3-spouse-hardship");
        var father = h.Members[0] with { Convictions = [] };
        var son = h.Members[2] with { Id = "son", BirthDate = new DateOnly(1985, 1, 1), EntryDate = new DateOnly(1999, 3, 1), Convictions = [Fine(120, false)] };
        h = h with { Members = [father, h.Members[1], h.Members[2], son] };
        Assert.Equal([R, R, R, R], Decide(h));
        Assert.Equal(["S104a.Abs3.FamilyScope"], Evaluator.Evaluate(h, Statute).For("mother").Grounds);
    }

    [Theory]
    [InlineData(true, true, "2002-01-01", Outcome.DiscretionaryPermit)]
    // Married: not "ledig" — the route does not exist, the time refusal stands.
    [InlineData(false, true, "2002-01-01", R)]
    // Entered on 1.1.2005, aged 18: not as a minor.
    [InlineData(true, true, "2005-01-01", R)]
    [InlineData(true, false, "2002-01-01", R)]
    public void Abs2_S1_the_adult_child_who_entered_as_a_minor(bool unmarried, bool prognosis, string entry, Outcome expected)
    {
        var h = Sample("34-s104a-abs2-s1-adult-child");
        h = h with { Members = [.. h.Members.Select(p => p.Id == "son" ? p with { Unmarried = unmarried, IntegrationPrognosis = prognosis, EntryDate = DateOnly.Parse(entry, System.Globalization.CultureInfo.InvariantCulture) } : p)] };
        Assert.Equal([S, S, expected], Decide(h));
    }

    [Fact]
    public void Abs2_an_unknown_prognosis_is_asked_not_decided()
    {
        var h = Sample("34-s104a-abs2-s1-adult-child");
        h = h with { Members = [.. h.Members.Select(p => p.Id == "son" ? p with { IntegrationPrognosis = null } : p)] };
        Assert.Equal([S, S, Outcome.Pending], Decide(h));
        Assert.Contains(Evaluator.Evaluate(h, Statute).For("son").Missing, m => m.Path == "$.members[2].integrationPrognosis");
    }

    [Theory]
    [InlineData("2001-06-30", Outcome.DiscretionaryPermit)]
    [InlineData("2001-07-01", Outcome.DiscretionaryPermit)]
    [InlineData("2001-07-02", R)]
    public void Abs2_S2_the_unaccompanied_minor_needs_six_years(string entry, Outcome expected)
    {
        var h = Sample("35-s104a-abs2-s2-unaccompanied-minor");
        h = h with { Members = [.. h.Members.Select(p => p with { EntryDate = DateOnly.Parse(entry, System.Globalization.CultureInfo.InvariantCulture) })] };
        Assert.Equal([expected], Decide(h));
    }

    [Theory]
    // 14 on 1.7.2007 (born 1.7.1993) — old enough; one day younger is not.
    [InlineData("1993-07-01", true, Outcome.DiscretionaryPermit)]
    [InlineData("1993-07-02", true, R)]
    // The parents do not leave: § 104b does not apply, the child follows its refused parents.
    [InlineData("1992-05-01", false, R)]
    public void S104b_the_child_of_14_whose_parents_leave(string birth, bool parentsLeave, Outcome child)
    {
        var h = Sample("37-s104b-child-stays");
        h = h with { Members = [.. h.Members.Select(p => p.Role == HouseholdRole.Child ? p with { BirthDate = DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), ParentsLeave = parentsLeave } : p)] };
        Assert.Equal([R, R, child], Decide(h));
    }

    [Fact]
    public void S104b_while_it_is_unknown_whether_the_parents_leave_the_child_is_pending()
    {
        var h = Sample("37-s104b-child-stays");
        h = h with { Members = [.. h.Members.Select(p => p.Role == HouseholdRole.Child ? p with { ParentsLeave = null } : p)] };
        Assert.Equal([R, R, Outcome.Pending], Decide(h));
        Assert.Contains(Evaluator.Evaluate(h, Statute).Members[2].Missing, m => m.Path == "$.members[2].parentsLeave");
    }

    [Fact]
    public void S104b_an_unknown_fact_of_the_child_itself_keeps_it_pending_not_granted()
    {
        // The child's own convictions are unknown: capped by the refused parents it was a refusal; with § 104b
        // holding it is open — never a permit while its own exclusion fact is missing.
        var h = Sample("37-s104b-child-stays");
        h = h with { Members = [.. h.Members.Select(p => p.Role == HouseholdRole.Child ? p with { Convictions = null } : p)] };
        Assert.Equal([R, R, Outcome.Pending], Decide(h));
        Assert.Contains(Evaluator.Evaluate(h, Statute).Members[2].Missing, m => m.Path.StartsWith("$.members[2].convictions", StringComparison.Ordinal));
    }
}
