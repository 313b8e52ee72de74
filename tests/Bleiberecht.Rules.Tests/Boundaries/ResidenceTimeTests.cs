using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>
/// Element 5/6: "seit sechs Jahren mit Familie und seit acht Jahren alleinstehend" (L5-6), counted back without
/// interruption from the reference date 17.11.2006; a family needs a minor child aged at least 3 there.
/// </summary>
public class ResidenceTimeTests
{
    private const string MinYears = "IMK.Residence.MinYears";

    [Fact]
    public void Single_with_exactly_eight_years_on_the_reference_date_qualifies()
    {
        var d = Single(entry: "1998-11-17").Evaluate();
        Assert.Equal(Outcome.ResidencePermit, d.Outcome);
    }

    [Fact]
    public void Single_one_day_short_of_eight_years_is_refused()
    {
        var d = Single(entry: "1998-11-18").Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains(MinYears, d.For("applicant").Grounds);
    }

    [Fact]
    public void Single_with_seven_years_is_refused_because_six_years_are_for_families_only()
    {
        var d = Single(entry: "1999-06-01").Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains(MinYears, d.For("applicant").Grounds);
    }

    [Fact]
    public void Family_with_exactly_six_years_qualifies()
    {
        var d = Family(entry: "2000-11-17").Evaluate();
        Assert.Equal(Outcome.ResidencePermit, d.Outcome);
        Assert.All(d.Members, m => Assert.Equal(Outcome.ResidencePermit, m.Outcome));
    }

    [Fact]
    public void Family_one_day_short_of_six_years_is_refused()
    {
        var d = Family(entry: "2000-11-18").Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains(MinYears, d.For("applicant").Grounds);
        Assert.Contains(MinYears, d.For("spouse").Grounds);
        Assert.Equal(Outcome.Refusal, d.For("child").Outcome);
    }

    [Fact]
    public void Child_aged_exactly_three_on_the_reference_date_makes_a_family_so_six_years_suffice()
    {
        // Born 17.11.2003: third birthday on the reference date. Parents: 7 years.
        var d = Family(entry: "1999-11-17", childBirth: "2003-11-17").Evaluate();
        Assert.Equal(Outcome.ResidencePermit, d.Outcome);
    }

    [Fact]
    public void Child_one_day_short_of_three_does_not_make_a_family_so_eight_years_are_needed()
    {
        var d = Family(entry: "1999-11-17", childBirth: "2003-11-18").Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains(MinYears, d.For("applicant").Grounds);
        Assert.Contains(MinYears, d.For("spouse").Grounds);
    }

    [Fact]
    public void Child_aged_two_still_lets_eight_years_suffice()
    {
        var d = Family(entry: "1998-11-17", childBirth: "2004-05-01").Evaluate();
        Assert.Equal(Outcome.ResidencePermit, d.Outcome);
    }

    [Fact]
    public void A_child_of_eighteen_is_no_longer_a_minor_so_the_household_needs_eight_years()
    {
        // Born 17.11.1988: 18 on the reference date, an adult who meets the adult requirements himself.
        var h = Family(entry: "1999-11-17").With("child", p => p with { BirthDate = D("1988-11-17"), GermanLevel = CefrLevel.B1 });
        var d = h.Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains(MinYears, d.For("applicant").Grounds);
    }

    [Fact]
    public void An_interruption_restarts_the_residence_time()
    {
        // Entered 1990, but abroad in early 2000: the uninterrupted stay since 2.3.2000 is under eight years.
        var uninterrupted = Single(entry: "1990-01-01").Evaluate();
        Assert.Equal(Outcome.ResidencePermit, uninterrupted.Outcome);

        var h = Single(entry: "1990-01-01").With("applicant", p => p with
        {
            Interruptions = [new DatePeriod { From = D("2000-01-01"), To = D("2000-03-01") }],
        });
        var d = h.Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains(MinYears, d.For("applicant").Grounds);
    }

    [Fact]
    public void Time_after_an_interruption_counts_from_the_day_after_it_ended()
    {
        // Family: six years from the day after the interruption is exactly enough on 17.11.2006 ...
        var enough = Family(entry: "1995-01-01").With("applicant", p => p with
        {
            Interruptions = [new DatePeriod { From = D("2000-10-01"), To = D("2000-11-16") }],
        });
        Assert.Equal(Outcome.ResidencePermit, enough.Evaluate().Outcome);

        // ... and one day later it is not.
        var shortBy1 = Family(entry: "1995-01-01").With("applicant", p => p with
        {
            Interruptions = [new DatePeriod { From = D("2000-10-01"), To = D("2000-11-17") }],
        });
        var d = shortBy1.Evaluate();
        Assert.Equal(Outcome.Refusal, d.For("applicant").Outcome);
        Assert.Contains(MinYears, d.For("applicant").Grounds);
    }

    [Fact]
    public void Unknown_interruptions_keep_an_otherwise_sufficient_stay_pending()
    {
        var d = Single().With("applicant", p => p with { Interruptions = null }).Evaluate();
        Assert.Equal(Outcome.Pending, d.Outcome);
        Assert.Contains("$.members[0].interruptions", d.For("applicant").Missing.Select(m => m.Path));
    }

    [Fact]
    public void Unknown_interruptions_cannot_rescue_a_stay_that_is_too_short_anyway()
    {
        var d = Single(entry: "2003-01-01").With("applicant", p => p with { Interruptions = null }).Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains(MinYears, d.For("applicant").Grounds);
    }

    [Fact]
    public void A_period_without_any_status_in_the_history_interrupts_the_stay_like_an_interruption()
    {
        // Ten years since entry, but no status for a year from 1.6.2000: the count restarts on 1.6.2001 (5 years).
        var history = Single(entry: "1996-11-17").With("applicant", p => p with
        {
            StatusHistory = [new StatusPeriod { From = D("1996-11-17"), To = D("2000-05-31"), Status = ResidenceStatus.Gestattung },
                new StatusPeriod { From = D("2000-06-01"), To = D("2001-05-31"), Status = ResidenceStatus.None },
                new StatusPeriod { From = D("2001-06-01"), Status = ResidenceStatus.Duldung }],
        });
        var d = history.Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains(MinYears, d.For("applicant").Grounds);

        var asInterruption = Single(entry: "1996-11-17").With("applicant", p => p with { Interruptions = [new DatePeriod { From = D("2000-06-01"), To = D("2001-05-31") }] });
        Assert.Equal(asInterruption.Evaluate().For("applicant").Grounds, d.For("applicant").Grounds);

        // Gestattung and Duldung periods do not interrupt.
        var lawful = history.With("applicant", p => p with { StatusHistory = [.. p.StatusHistory!.Where(s => s.Status != ResidenceStatus.None)] });
        Assert.Equal(Outcome.ResidencePermit, lawful.Evaluate().Outcome);
    }
}
