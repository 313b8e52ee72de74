using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>
/// An interruption with a known start and an unknown end (<c>endUnknown</c>, ADR 0013) is judged at both ends: ended
/// on its first day (the stay restarts the next day, base tolerance 0) or still running at the reference date
/// 17.11.2006 (the stay has not restarted). A single person needs 8 uninterrupted years (L5-6): a restart on 2.1.1998
/// gives them (2.1.2006 ≤ 17.11.2006), a restart on 2.1.2000 does not (2.1.2008).
/// </summary>
public class OpenEndedInterruptionTests
{
    private static Household AbroadFrom(string from) => Single("1990-01-01").With("applicant", p => p with
    {
        Interruptions = [new DatePeriod { From = D(from), EndUnknown = true }],
    });

    [Fact]
    public void An_early_interruption_of_unknown_end_leaves_the_time_open_and_asks_for_the_end()
    {
        var d = AbroadFrom("1998-01-01").Evaluate();
        Assert.Equal(Outcome.Pending, d.Outcome);
        Assert.Contains("$.members[0].interruptions[0].to", d.For("applicant").Missing.Select(m => m.Path));
    }

    [Fact]
    public void A_late_interruption_fails_the_time_at_either_end()
    {
        var d = AbroadFrom("2000-01-01").Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains("IMK.Residence.MinYears", d.For("applicant").Grounds);
    }

    [Fact]
    public void Within_a_tolerance_the_shortest_reading_does_not_break_the_stay()
    {
        // Tolerance 90 days: ended on its first day it is no break (10 years since 1990 minus nothing) — still
        // open, because running to the reference date it restarts the stay after it.
        var options = Rules.Options.ImkOptions.Base with { Residence = Rules.Options.ImkOptions.Base.Residence with { InterruptionToleranceDays = 90 } };
        Assert.Equal(Outcome.Pending, AbroadFrom("2005-01-01").Evaluate(options).Outcome);
        Assert.Equal(Outcome.Refusal, AbroadFrom("2005-01-01").Evaluate().Outcome);
    }

    [Fact]
    public void An_interruption_that_started_after_the_reference_date_does_not_count()
        => Assert.Equal(Outcome.ResidencePermit, AbroadFrom("2006-11-18").Evaluate().Outcome);
}
