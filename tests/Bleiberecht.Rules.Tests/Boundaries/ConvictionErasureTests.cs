using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>
/// Element 19 with erasure (Tilgung): a conviction that is erased or erasable on the decision date may no longer be
/// held against the person (§ 51 Abs. 1 BZRG [background]). Periods from § 46 Abs. 1 BZRG [background]: 5 years for
/// a fine of at most 90 day-fines (no prison registered) or prison of at most 3 months (nothing else registered),
/// 10 years for other fines and prison up to one year, 15 years otherwise plus the prison term (§ 46 Abs. 3), never
/// for life (§ 45 Abs. 3); running from the day of the first judgment (§ 47 Abs. 1, § 36 S. 1), so an entry judged on
/// 15.6.2002 with a 5-year period is erasable on 15.6.2007; the register is erasable only as a whole (§ 47 Abs. 3).
/// Every household here is decided on 15.6.2007 (<see cref="TestCases.Household"/>), and every expected date below is
/// counted by hand from these rules.
/// </summary>
public class ConvictionErasureTests
{
    private const string Ground = "IMK.Exclusion.Conviction";

    private static Conviction Fine(int dayFines, string date) => new()
    {
        Date = D(date),
        InGermany = true,
        Culpability = Culpability.Intentional,
        ForeignerOnlyOffence = false,
        Sentence = SentenceKind.DayFines,
        DayFines = dayFines,
    };

    private static Conviction Prison(int months, string date) => Fine(0, date) with { Sentence = SentenceKind.Prison, DayFines = null, PrisonMonths = months };

    private static HouseholdDecision WithConvictions(params Conviction[] convictions) =>
        Single().With("applicant", p => p with { Convictions = convictions }).Evaluate();

    private static void Refused(HouseholdDecision d)
    {
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains(Ground, d.For("applicant").Grounds);
    }

    private static IEnumerable<string> Missing(HouseholdDecision d) => d.For("applicant").Missing.Select(m => m.Path);

    // 60 day-fines exceed the threshold of 50; ≤ 90 and nothing else registered: 5 years.
    [Fact]
    public void Sixty_day_fines_judged_exactly_five_years_before_the_decision_are_erasable()
        => Assert.Equal(Outcome.ResidencePermit, WithConvictions(Fine(60, "2002-06-15")).Outcome);

    [Fact]
    public void Sixty_day_fines_judged_one_day_later_still_count()
        => Refused(WithConvictions(Fine(60, "2002-06-16")));

    // 91 day-fines: beyond Nr. 1 a, so 10 years.
    [Fact]
    public void Ninety_one_day_fines_need_ten_years()
    {
        Assert.Equal(Outcome.ResidencePermit, WithConvictions(Fine(91, "1997-06-15")).Outcome);
        Refused(WithConvictions(Fine(91, "1997-06-16")));
        Refused(WithConvictions(Fine(91, "2002-06-15")));
    }

    // 3 months of prison alone: 5 years; with any other registered sentence: 10 years (Nr. 1 b).
    [Fact]
    public void Three_months_prison_alone_are_erasable_after_five_years_but_not_beside_another_entry()
    {
        Assert.Equal(Outcome.ResidencePermit, WithConvictions(Prison(3, "2002-06-15")).Outcome);
        Refused(WithConvictions(Prison(4, "2002-06-15")));
        Refused(WithConvictions(Prison(3, "2002-06-15"), Fine(10, "2002-06-15")));
    }

    // A fine of ≤ 90 beside a registered prison sentence has the 10-year period (Nr. 1 a).
    [Fact]
    public void A_registered_prison_sentence_keeps_a_small_fine_from_the_five_year_period()
        => Refused(WithConvictions(Fine(60, "2002-06-15"), Prison(12, "1997-06-15")));

    [Fact]
    public void Twelve_months_prison_need_ten_years()
    {
        Assert.Equal(Outcome.ResidencePermit, WithConvictions(Prison(12, "1997-06-15")).Outcome);
        Refused(WithConvictions(Prison(12, "1997-06-16")));
    }

    // 13 months: 15 years plus the 13 months (§ 46 Abs. 3): judged 15.5.1991 → 15.5.2006 + 13 months = 15.6.2007.
    [Fact]
    public void Thirteen_months_prison_need_fifteen_years_plus_the_term()
    {
        Assert.Equal(Outcome.ResidencePermit, WithConvictions(Prison(13, "1991-05-15")).Outcome);
        Refused(WithConvictions(Prison(13, "1991-05-16")));
        Refused(WithConvictions(Prison(13, "1992-06-15")));
    }

    [Fact]
    public void A_life_sentence_is_never_erased()
        => Refused(WithConvictions(Prison(0, "1950-01-01") with { PrisonMonths = null, LifeSentence = true }));

    // § 47 Abs. 3: 60 day-fines of 1.1.2000 (erasable 1.1.2005) stay while 10 day-fines of 1.1.2005 (5 years:
    // 1.1.2010) are registered, and 60 + 10 = 70 > 50.
    [Fact]
    public void An_entry_not_yet_erasable_keeps_the_whole_register()
    {
        Refused(WithConvictions(Fine(60, "2000-01-01"), Fine(10, "2005-01-01")));
        Assert.Equal(Outcome.ResidencePermit, WithConvictions(Fine(60, "2000-01-01"), Fine(10, "2002-01-01")).Outcome);
    }

    [Fact]
    public void An_unknown_judgment_date_leaves_the_case_pending_with_a_question()
    {
        var d = WithConvictions(Fine(60, "2002-06-15") with { Date = null });
        Assert.Equal(Outcome.Pending, d.Outcome);
        Assert.Contains("$.members[0].convictions[0].date", Missing(d));
    }

    [Fact]
    public void An_unknown_decision_date_leaves_erasure_open()
    {
        var h = Single().With("applicant", p => p with { Convictions = [Fine(60, "2002-06-15")] }) with { DecisionDate = null };
        var d = h.Evaluate();
        Assert.NotEqual(Outcome.ResidencePermit, d.Outcome);
        Assert.NotEqual(Outcome.Refusal, d.Outcome);
        Assert.Contains("$.decisionDate", Missing(d));
    }

    [Fact]
    public void An_unknown_prison_term_leaves_the_period_open()
    {
        // Judged 15.6.2002: 5 years if at most 3 months, else longer.
        var d = WithConvictions(Prison(3, "2002-06-15") with { PrisonMonths = null });
        Assert.Equal(Outcome.Pending, d.Outcome);
        Assert.Contains("$.members[0].convictions[0].prisonMonths", Missing(d));

        // Judged 1.1.2005: not even the shortest period (1.1.2010) has run, so the prison sentence counts.
        Refused(WithConvictions(Prison(3, "2005-01-01") with { PrisonMonths = null }));
    }

    [Fact]
    public void A_recorded_erasure_short_cuts_the_periods_both_ways()
    {
        Assert.Equal(Outcome.ResidencePermit, WithConvictions(Fine(60, "2006-01-01") with { Erased = true }).Outcome);
        Refused(WithConvictions(Fine(60, "1990-01-01") with { Erased = false }));
        Refused(WithConvictions(Fine(60, "2006-01-01") with { Date = null, Erased = false }));
    }
}
