using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Options;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>
/// An entry date known only as a range (ADR 0013) is judged at both ends against "seit acht Jahren alleinstehend /
/// sechs Jahren mit Familie" (L5-6) at 17.11.2006: a single person needs entry on or before 17.11.1998, a family on
/// or before 17.11.2000 (§ 187 Abs. 1 BGB reading, A33 base), with 18.11.1998 under § 187 Abs. 2. The verdict is
/// definite only where the earliest and the latest entry agree, else pending with a question for the exact date.
/// </summary>
public class EntryDateRangeTests
{
    private const string EntryPath = "$.members[0].entryDate";

    private static Household SingleEntered(string? from, string? to) =>
        Single().With("applicant", p => p with { EntryDate = null, EntryDateRange = new DateRange { From = from is null ? null : D(from), To = to is null ? null : D(to) } });

    [Fact]
    public void Entered_on_or_before_the_last_qualifying_day_qualifies()
        => Assert.Equal(Outcome.ResidencePermit, SingleEntered(null, "1998-11-17").Evaluate().Outcome);

    [Fact]
    public void Entered_after_30_6_1999_is_too_short_at_either_end()
    {
        var d = SingleEntered("1999-07-01", null).Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains("IMK.Residence.MinYears", d.For("applicant").Grounds);
    }

    [Fact]
    public void A_range_across_the_last_qualifying_day_asks_for_the_date()
    {
        var d = SingleEntered("1998-01-01", "1998-11-18").Evaluate();
        Assert.Equal(Outcome.Pending, d.Outcome);
        Assert.Contains(EntryPath, d.For("applicant").Missing.Select(m => m.Path));
    }

    [Fact]
    public void Under_section_187_2_one_more_day_qualifies()
    {
        var options = ImkOptions.Base with { Residence = ImkOptions.Base.Residence with { PeriodCounting = PeriodCounting.EntryDayCounts } };
        Assert.Equal(Outcome.ResidencePermit, SingleEntered("1998-01-01", "1998-11-18").Evaluate(options).Outcome);
        Assert.Equal(Outcome.Pending, SingleEntered("1998-01-01", "1998-11-19").Evaluate(options).Outcome);
    }

    [Fact]
    public void A_family_range_is_judged_against_six_years()
    {
        Household Family(string from, string to) => TestCases.Family().With("applicant", p => p with { EntryDate = null, EntryDateRange = new DateRange { From = D(from), To = D(to) } });
        Assert.Equal(Outcome.ResidencePermit, Family("2000-01-01", "2000-11-17").Evaluate().Outcome);
        var open = Family("2000-01-01", "2000-11-18").Evaluate();
        Assert.Equal(Outcome.Pending, open.For("applicant").Outcome);
        Assert.Contains(EntryPath, open.For("applicant").Missing.Select(m => m.Path));
    }

    [Fact]
    public void A_long_interruption_fails_the_stay_whatever_the_entry()
    {
        // Abroad 1.1.2003-31.12.2003: the stay restarts on 1.1.2004, under 8 years at either end of the range.
        var d = SingleEntered("1990-01-01", "1998-11-18").With("applicant", p => p with { Interruptions = [new DatePeriod { From = D("2003-01-01"), To = D("2003-12-31") }] }).Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
    }
}
