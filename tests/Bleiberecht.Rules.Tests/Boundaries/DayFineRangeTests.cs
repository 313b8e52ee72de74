using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>
/// A number of day-fines known only as a range (ADR 0013) is judged at both ends against the threshold of 50 general
/// day-fines (L1850) and, for erasure, the 5-year (≤ 90) and 10-year (&gt; 90) periods of § 46 Abs. 1 BZRG
/// [background]: definite only where both ends agree, else pending with a question for the exact number.
/// </summary>
public class DayFineRangeTests
{
    private static Conviction Fine(int? min, int? max, string date = "2005-01-01") => new()
    {
        Date = D(date),
        InGermany = true,
        Culpability = Culpability.Intentional,
        ForeignerOnlyOffence = false,
        Sentence = SentenceKind.DayFines,
        DayFinesRange = new IntegerRange { Min = min, Max = max },
    };

    private static HouseholdDecision With(Conviction c) => Single().With("applicant", p => p with { Convictions = [c] }).Evaluate();

    [Fact]
    public void More_than_fifty_day_fines_exclude()
        => Assert.Equal(Outcome.Refusal, With(Fine(51, null)).Outcome);

    [Fact]
    public void Thirty_to_fifty_day_fines_are_disregarded()
        => Assert.Equal(Outcome.ResidencePermit, With(Fine(30, 50)).Outcome);

    [Fact]
    public void At_most_fifty_day_fines_are_disregarded()
        => Assert.Equal(Outcome.ResidencePermit, With(Fine(null, 50)).Outcome);

    [Fact]
    public void A_range_across_the_threshold_asks_for_the_number()
    {
        var d = With(Fine(30, 51));
        Assert.Equal(Outcome.Pending, d.Outcome);
        Assert.Contains("$.members[0].convictions[0].dayFines", d.For("applicant").Missing.Select(m => m.Path));
    }

    // Judged 15.6.1997: 5 years (≤ 90) end 15.6.2002, 10 years (> 90) end 15.6.2007 — erasable at either end.
    [Fact]
    public void More_than_fifty_day_fines_ten_years_ago_are_erasable_at_either_end()
        => Assert.Equal(Outcome.ResidencePermit, With(Fine(51, null, "1997-06-15")).Outcome);

    // Judged 1.1.2000: at 51 (5 years, 1.1.2005) erasable; unbounded (10 years, 1.1.2010) not.
    [Fact]
    public void More_than_fifty_day_fines_seven_years_ago_depend_on_the_number()
        => Assert.Equal(Outcome.Pending, With(Fine(51, null, "2000-01-01")).Outcome);

    [Fact]
    public void Fifty_one_to_ninety_day_fines_seven_years_ago_are_erasable()
        => Assert.Equal(Outcome.ResidencePermit, With(Fine(51, 90, "2000-01-01")).Outcome);
}
