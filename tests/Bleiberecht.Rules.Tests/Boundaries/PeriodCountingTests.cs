using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Options;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>
/// Option A33, the counting of the residence time (§§ 187, 188 BGB via § 31 Abs. 1 VwVfG [background]), at the
/// reference date 17.11.2006, which counts in full. § 187 Abs. 1 (base): entry is an event during a day, the period
/// starts the next day and 8 years end with the anniversary (§ 188 Abs. 2 Alt. 1) — from 17.11.1998 at the end of
/// 17.11.2006 (met), from 18.11.1998 at the end of 18.11.2006 (not met). § 187 Abs. 2: the day of entry counts, the
/// period ends with the day before the anniversary (§ 188 Abs. 2 Alt. 2) — from 18.11.1998 at the end of 17.11.2006
/// (met), from 19.11.1998 at the end of 18.11.2006 (not met). Each expectation is this hand count.
/// </summary>
public class PeriodCountingTests
{
    private const string MinYears = "IMK.Residence.MinYears";

    private static readonly ImkOptions EntryDayCounts = ImkOptions.Base with
    {
        Residence = ImkOptions.Base.Residence with { PeriodCounting = PeriodCounting.EntryDayCounts },
    };

    [Theory]
    [InlineData("1998-11-17", Outcome.ResidencePermit)]
    [InlineData("1998-11-18", Outcome.Refusal)]
    public void Entry_day_excluded_single_eight_years(string entry, Outcome expected)
        => Assert.Equal(expected, Single(entry).Evaluate().Outcome);

    [Theory]
    [InlineData("1998-11-17", Outcome.ResidencePermit)]
    [InlineData("1998-11-18", Outcome.ResidencePermit)]
    [InlineData("1998-11-19", Outcome.Refusal)]
    public void Entry_day_counts_single_eight_years(string entry, Outcome expected)
    {
        var d = Single(entry).Evaluate(EntryDayCounts);
        Assert.Equal(expected, d.Outcome);
        if (expected == Outcome.Refusal)
        {
            Assert.Contains(MinYears, d.For("applicant").Grounds);
        }
    }

    // Family, 6 years: 17.11.2000 / 18.11.2000 / 19.11.2000 by the same count.
    [Theory]
    [InlineData("2000-11-17", false, Outcome.ResidencePermit)]
    [InlineData("2000-11-18", false, Outcome.Refusal)]
    [InlineData("2000-11-18", true, Outcome.ResidencePermit)]
    [InlineData("2000-11-19", true, Outcome.Refusal)]
    public void Family_six_years_under_both_readings(string entry, bool entryDayCounts, Outcome expected)
        => Assert.Equal(expected, Family(entry).Evaluate(entryDayCounts ? EntryDayCounts : null).Outcome);

    // A stay restarted after an interruption that ended on 17.11.1998 (re-entry 18.11.1998) counts from the re-entry
    // like any entry: 8 years at 17.11.2006 only where the re-entry day counts.
    [Fact]
    public void A_restart_after_an_interruption_is_counted_the_same_way()
    {
        var h = Single("1990-01-01").With("applicant", p => p with { Interruptions = [new Facts.DatePeriod { From = D("1998-01-01"), To = D("1998-11-17") }] });
        Assert.Equal(Outcome.Refusal, h.Evaluate().Outcome);
        Assert.Equal(Outcome.ResidencePermit, h.Evaluate(EntryDayCounts).Outcome);
    }

    [Fact]
    public void The_explanation_names_the_reading()
    {
        var d = Single("1998-11-18").Evaluate(EntryDayCounts);
        Assert.Contains(d.Explanation.Descendants(), n => n.ElementId == MinYears && n.Detail is { } t && t.En.Contains("§ 187 Abs. 2 BGB", StringComparison.Ordinal));
    }
}
