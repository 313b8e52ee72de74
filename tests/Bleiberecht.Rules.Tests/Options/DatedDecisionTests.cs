using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Profiles;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Options;

/// <summary>
/// A decision takes the options in force on its date, on both paths: Berlin shortened the work take-up deadline to
/// 18.5.2007 by the amendment of 7.3.2007 (L801-802), after having set 1.10.2007 (L798-800).
/// </summary>
public class DatedDecisionTests
{
    /// <summary>Everything met but livelihood (a mini-job only, L2421): a job-search Duldung until the deadline, then refusal.</summary>
    private static Household JobSeeker(string decided) => Single() with
    {
        Land = "BE",
        DecisionDate = D(decided),
        Members = [Single().Members[0] with { Employments = [Job(kind: EmploymentKind.MiniJob, net: 400m)] }],
    };

    private static Outcome Bulk(Household h, RuleSet r)
    {
        var batch = HouseholdBatch.Create([h]);
        var results = new BulkResult[batch.PersonCount];
        BulkEvaluator.Evaluate(batch, CompiledRuleSet.Compile(r), results, parallel: false);
        return results[0].Outcome;
    }

    [Theory]
    // Before the amendment the deadline lies in the autumn: a decision on 6.3.2007 grants the job-search Duldung.
    [InlineData("2007-03-06", Outcome.JobSearchDuldung)]
    // From 7.3.2007 the deadline is 18.5.2007: a decision on 18.5.2007 still grants it, one on 19.5.2007 refuses.
    [InlineData("2007-05-18", Outcome.JobSearchDuldung)]
    [InlineData("2007-05-19", Outcome.Refusal)]
    public void Berlin_decides_with_the_deadline_in_force_on_the_decision_date(string decided, Outcome expected)
    {
        var berlin = ProfileCatalog.RuleSetFor("BE");
        var household = JobSeeker(decided);
        Assert.Equal(expected, Evaluator.Evaluate(household, berlin).For("applicant").Outcome);
        Assert.Equal(expected, Bulk(household, berlin));
    }
}
