using System.Net;
using System.Text.RegularExpressions;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Interactive;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Serialization;

namespace Bleiberecht.Rules.Tests.Interactive;

/// <summary>The notebook display: every checked element once, questions shown, text encoded, compact.</summary>
public sealed class DecisionHtmlTests
{
    private static HouseholdDecision Decide(string sample) =>
        Evaluator.Evaluate(CaseJson.ReadFile(Path.Combine(RepoPaths.Samples, sample))[0], RuleSet.Imk2006);

    [Theory]
    [InlineData("01-family-permit.json")]
    [InlineData("11-family-spouse-conviction.json")]
    [InlineData("13-unknown-facts-pending.json")]
    public void Every_node_of_the_tree_appears_once_with_its_verdict(string sample)
    {
        var decision = Decide(sample);
        var html = DecisionHtml.Render(decision);

        var nodes = decision.Explanation.Descendants().ToList();
        var markers = Regex.Matches(html, @"\[[+?-]\]</span>").Count;
        Assert.Equal(nodes.Count, markers);
        Assert.Equal(nodes.Count(n => n.Children.Count > 0), Regex.Matches(html, "<details").Count);
        Assert.Single(Regex.Matches(html, "<details open>"));        // only the root is expanded
        foreach (var node in nodes)
        {
            Assert.Contains(WebUtility.HtmlEncode(node.ElementId), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_question_for_a_missing_fact_is_shown()
    {
        var decision = Decide("13-unknown-facts-pending.json");
        Assert.NotEmpty(decision.Missing);
        var html = DecisionHtml.Render(decision, Language.De);
        foreach (var fact in decision.Missing)
        {
            Assert.Contains(WebUtility.HtmlEncode(fact.Question.De), html, StringComparison.Ordinal);
            Assert.Contains(WebUtility.HtmlEncode(fact.Path), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void User_supplied_ids_are_encoded_not_interpreted()
    {
        var household = CaseJson.ReadFile(Path.Combine(RepoPaths.Samples, "02-single-eight-years-permit.json"))[0];
        household = household with
        {
            CaseId = "<script>alert(1)</script>",
            Members = [household.Members[0] with { Id = "<b onclick=x>" }],
        };
        var html = DecisionHtml.Render(Evaluator.Evaluate(household, RuleSet.Imk2006));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b onclick", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b onclick=x&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_family_decision_stays_small()
    {
        // The default .NET Interactive formatter emitted about 180 KB for this household (measured with the kernel
        // in .ci/run's notebook step); the compact display must stay an order of magnitude below that.
        var html = DecisionHtml.Render(Decide("01-family-permit.json"));
        Assert.InRange(html.Length, 1, 30_000);
    }

    [Fact]
    public void Plain_text_names_every_member_with_its_outcome()
    {
        var decision = Decide("11-family-spouse-conviction.json");
        var lines = DecisionText.Render(decision).Split('\n');
        foreach (var member in decision.Members)
        {
            Assert.Contains($"  {member.PersonId}: {member.Outcome}", lines.Select(l => l.Split(" (")[0]));
        }
    }
}
