using Bleiberecht.Rules.Evaluation;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>
/// Element 24: applications by 17.5.2007 ([background], six months after the resolution); elements 31/33: the job-search Duldung runs "bis
/// einschließlich 30.9.2007" (Punkt 9, L620-621) and a qualifying job must be shown by then.
/// </summary>
public class DeadlineTests
{
    private const string Livelihood = "IMK.Livelihood.Secured";
    private const string WorkTakeUp = "IMK.Deadline.WorkTakeUp";

    // Six months after the resolution of 17.11.2006, an event period: 17.11. is not counted (§ 187 Abs. 1 BGB), the
    // period ends with 17.5.2007, the day numbered like the event day (§ 188 Abs. 2 BGB) [background; docs/adr/0012].
    [Fact]
    public void Application_on_the_last_day_17_May_2007_is_in_time()
        => Assert.Equal(Outcome.ResidencePermit, (Single() with { ApplicationDate = D("2007-05-17") }).Evaluate().Outcome);

    [Fact]
    public void Application_on_18_May_2007_is_late()
    {
        var d = (Single() with { ApplicationDate = D("2007-05-18") }).Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains("IMK.Procedure.ApplicationDeadline", d.For("applicant").Grounds);
    }

    private static Rules.Facts.Household WithoutJob(string decision) =>
        Single().With("applicant", p => p with { Employments = [] }) with { DecisionDate = D(decision) };

    [Fact]
    public void Without_a_job_a_decision_on_30_September_2007_gives_the_job_search_Duldung_until_that_day()
    {
        var d = WithoutJob("2007-09-30").Evaluate();
        Assert.Equal(Outcome.JobSearchDuldung, d.Outcome);
        Assert.Equal(D("2007-09-30"), d.For("applicant").ValidUntil);
        Assert.Contains(Livelihood, d.For("applicant").Grounds);
    }

    [Fact]
    public void Without_a_job_a_decision_on_1_October_2007_is_a_refusal()
    {
        var d = WithoutJob("2007-10-01").Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains(Livelihood, d.For("applicant").Grounds);
        Assert.Contains(WorkTakeUp, d.For("applicant").Grounds);
    }

    private static Rules.Facts.Household JobFrom(string start) =>
        Single().With("applicant", p => p with { Employments = [Job(start)] }) with { DecisionDate = D("2007-10-15") };

    [Fact]
    public void A_job_starting_on_30_September_2007_is_in_time()
    {
        var d = JobFrom("2007-09-30").Evaluate();
        Assert.Equal(Outcome.ResidencePermit, d.Outcome);
        Assert.Equal(D("2009-10-14"), d.For("applicant").ValidUntil);
    }

    [Fact]
    public void A_job_starting_on_1_October_2007_is_too_late()
    {
        var d = JobFrom("2007-10-01").Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains(Livelihood, d.For("applicant").Grounds);
        Assert.Contains(WorkTakeUp, d.For("applicant").Grounds);
    }

    [Fact]
    public void A_permit_is_valid_for_two_years_from_the_decision()
        => Assert.Equal(D("2009-06-14"), Single().Evaluate().For("applicant").ValidUntil);
}
