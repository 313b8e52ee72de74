using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Serialization;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>
/// § 104a Abs. 3 S. 3 AufenthG [background]: verify — "Sofern im Ausnahmefall Kinder von ihren Eltern getrennt werden,
/// muss ihre Betreuung in Deutschland sichergestellt sein." Sample 37: the parents are refused (5 y 4 m), the child
/// (15 on 1.7.2007, 6 y 4 m, B1, integrated, parents leaving) may stay only with its care assured; unknown → pending.
/// </summary>
public class S104aChildCareTests
{
    private static readonly RuleSet Statute = RuleSet.Imk2006.Under(Regime.S104a);

    private static Household WithCare(bool? assured)
    {
        var h = Assert.Single(CaseJson.ReadFile(Path.Combine(RepoPaths.Samples, "37-s104b-child-stays.json")));
        return h with { Members = [.. h.Members.Select(p => p.Id == "child-1" ? p with { CustodyAssured = assured } : p)] };
    }

    private static Outcome[] Bulk(Household h)
    {
        var batch = HouseholdBatch.Create([h]);
        var results = new BulkResult[batch.PersonCount];
        BulkEvaluator.Evaluate(batch, CompiledRuleSet.Compile(Statute), results, parallel: false);
        return [.. results.Select(r => r.Outcome)];
    }

    [Theory]
    [InlineData(true, Outcome.DiscretionaryPermit)]
    [InlineData(false, Outcome.Refusal)]
    [InlineData(null, Outcome.Pending)]
    public void A_child_separated_from_its_refused_parents_needs_its_care_assured(bool? assured, Outcome child)
    {
        var h = WithCare(assured);
        var d = Evaluator.Evaluate(h, Statute);
        Assert.Equal([Outcome.Refusal, Outcome.Refusal, child], d.Members.Select(m => m.Outcome));
        Assert.Equal(d.Members.Select(m => m.Outcome), Bulk(h));
        if (assured is null)
        {
            Assert.Contains(d.For("child-1").Missing, q => q.Path == "$.members[2].custodyAssured");
        }
    }

    [Fact]
    public void The_childs_route_cites_Abs3_S3_in_its_explanation()
    {
        static IEnumerable<Rules.Explanation.ExplanationNode> All(Rules.Explanation.ExplanationNode n) => n.Children.SelectMany(All).Prepend(n);
        var child = Evaluator.Evaluate(WithCare(true), Statute).For("child-1");
        var route = Assert.Single(All(child.Explanation), n => n.ElementId == "S104b");
        Assert.Contains(route.Citations, c => c.Reference.StartsWith("§ 104a Abs. 3 S. 3", StringComparison.Ordinal));
    }
}
