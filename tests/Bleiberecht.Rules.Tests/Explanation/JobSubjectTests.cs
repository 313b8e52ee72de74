using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Xunit;

namespace Bleiberecht.Rules.Tests.Explanation;

/// <summary>Every node of a job's subtree names the job it is about, so an advisor can tell two jobs apart.</summary>
public sealed class JobSubjectTests
{
    [Fact]
    public void Each_jobs_nodes_name_the_member_and_the_jobs_position()
    {
        var household = TestCases.Single() with
        {
            Members = [TestCases.Adult("applicant", HouseholdRole.Applicant, "1996-11-17") with { Employments = [TestCases.Job(), TestCases.Job(kind: EmploymentKind.MiniJob, net: 300m)] }],
        };

        var decision = Evaluator.Evaluate(household);
        var jobNodes = decision.Explanation.Descendants().Where(n => n.ElementId.StartsWith("IMK.Livelihood.EmploymentQuality", StringComparison.Ordinal) && n.Subject is not null).ToList();

        var counts = jobNodes.Where(n => n.ElementId == "IMK.Livelihood.EmploymentQuality/Counts").ToList();
        Assert.Equal(["applicant#job1", "applicant#job2"], counts.Select(n => n.Subject));
        Assert.All(counts[1].Descendants(), n => Assert.Equal("applicant#job2", n.Subject));
        Assert.Equal(Logic.Truth.False, counts[1].Result);
    }
}
