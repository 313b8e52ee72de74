using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Regimes;

/// <summary>
/// A user-defined element in a composed regime gets the treatment of a built-in one, on both paths: it refuses when
/// it fails, keeps the case pending with its question when a fact is missing, appears cited in the explanation, and
/// the bulk path reports it under the same bit.
/// </summary>
public class ComposedRegimeTests
{
    private static RuleSet With(Regime regime) => RuleSet.Imk2006 with { Name = regime.Id, Regime = regime };

    private static readonly RuleSet B1 = With(Regime.Imk2006.ToBuilder().Named("b1", "B1", "B1").Add(TestElements.GermanB1()).Build());

    private static BulkResult[] Bulk(RuleSet ruleSet, params Household[] households)
    {
        var batch = HouseholdBatch.Create(households);
        var results = new BulkResult[batch.PersonCount];
        BulkEvaluator.Evaluate(batch, CompiledRuleSet.Compile(ruleSet), results, parallel: false);
        return results;
    }

    [Fact]
    public void A_user_requirement_refuses_on_both_paths_and_is_explained_with_its_citation()
    {
        // A2 meets the IMK language requirement (L4179-4180) but not the variant's B1.
        var household = Single().With("applicant", p => p with { GermanLevel = CefrLevel.A2 });
        Assert.Equal(Outcome.ResidencePermit, Evaluator.Evaluate(household).Outcome);

        var decision = Evaluator.Evaluate(household, B1);
        var member = decision.For("applicant");
        Assert.Equal(Outcome.Refusal, member.Outcome);
        Assert.Equal([TestElements.B1Meta.Id], member.Grounds);
        var node = member.Explanation.Children.Single(c => c.ElementId == TestElements.B1Meta.Id);
        Assert.Equal(Truth.False, node.Result);
        Assert.Contains("test variant", node.Element.Citations[0].ToString(), StringComparison.Ordinal);

        var bulk = Bulk(B1, household);
        Assert.Equal(Outcome.Refusal, bulk[0].Outcome);
        Assert.Equal([TestElements.B1Meta.Id], B1.Regime.IdsOf(bulk[0].Failures));
    }

    [Fact]
    public void A_missing_fact_of_a_user_requirement_keeps_the_case_pending_with_its_question()
    {
        // The IMK language element is unknown as well without a level; the variant asks its own question too.
        var household = Single().With("applicant", p => p with { GermanLevel = null });
        var member = Evaluator.Evaluate(household, B1).For("applicant");
        Assert.Equal(Outcome.Pending, member.Outcome);
        Assert.Contains(TestElements.B1Meta.Id, member.Grounds);
        Assert.Contains(member.Missing, q => q.Question.En == "German level?");

        var bulk = Bulk(B1, household);
        Assert.Equal(Outcome.Pending, bulk[0].Outcome);
        Assert.Contains(TestElements.B1Meta.Id, B1.Regime.IdsOf(bulk[0].Failures));
    }

    [Fact]
    public void A_user_exclusion_ground_reaches_the_family_like_a_built_in_one()
    {
        var regime = Regime.Imk2006.ToBuilder().Add(TestElements.NoBreach(), after: ImkElements.Absconding.Id).Build();
        var ruleSet = With(regime);
        // The spouse breached the duty to cooperate; with the IMK base scope (whole household, L2198-2201) the ground
        // reaches the applicant and the child too — through the family-scope element, not through their own element.
        var household = Family().With("spouse", p => p with { CooperationBreached = true, Identity = p.Identity! with { ValidPassport = true } });
        var decision = Evaluator.Evaluate(household, ruleSet);
        Assert.Contains(TestElements.NoBreachMeta.Id, decision.For("spouse").Grounds);
        Assert.Equal(Outcome.Refusal, decision.For("applicant").Outcome);
        Assert.Contains(ImkElements.FamilyScope.Id, decision.For("applicant").Grounds);
        Assert.DoesNotContain(TestElements.NoBreachMeta.Id, decision.For("applicant").Grounds);

        var bulk = Bulk(ruleSet, household);
        Assert.Equal(decision.Members.Select(m => (m.Outcome, regime.MaskOf(m.Grounds))), bulk.Select(b => (b.Outcome, b.Failures)));
    }

    [Fact]
    public void Removing_an_element_means_it_no_longer_decides()
    {
        var household = Family().With("child", p => p with { Schooling = p.Schooling! with { PositiveSchoolPrognosis = false } });
        Assert.Equal(Outcome.Refusal, Evaluator.Evaluate(household).Outcome);

        var ruleSet = With(Regime.Imk2006.ToBuilder().Remove(ImkElements.SchoolPrognosis.Id).Build());
        Assert.Equal(Outcome.ResidencePermit, Evaluator.Evaluate(household, ruleSet).Outcome);
        Assert.All(Bulk(ruleSet, household), b => Assert.Equal(Outcome.ResidencePermit, b.Outcome));
    }

    [Fact]
    public void Replacing_the_family_element_changes_the_residence_time_it_feeds()
    {
        // 7 years: enough for a family (6), not for a single person (8, L5-6).
        var household = Single("1999-11-17");
        Assert.Equal(Outcome.Refusal, Evaluator.Evaluate(household).For("applicant").Outcome);

        var ruleSet = With(Regime.Imk2006.ToBuilder().Replace(ImkElements.QualifyingChild.Id, TestElements.EveryoneIsFamily()).Build());
        Assert.Equal(Outcome.ResidencePermit, Evaluator.Evaluate(household, ruleSet).For("applicant").Outcome);
        Assert.Equal(Outcome.ResidencePermit, Bulk(ruleSet, household)[0].Outcome);
    }

    [Fact]
    public void A_curable_user_requirement_keeps_the_case_pending_instead_of_refusing()
    {
        var ruleSet = With(Regime.Imk2006.ToBuilder().Add(TestElements.GermanB1(ElementRole.Curable)).Build());
        var household = Single().With("applicant", p => p with { GermanLevel = CefrLevel.A2 });
        var member = Evaluator.Evaluate(household, ruleSet).For("applicant");
        Assert.Equal(Outcome.Pending, member.Outcome);
        Assert.Contains(member.Missing, q => q.Question.En.Contains("still to be met", StringComparison.Ordinal) || q.Question.En.Contains("German B1", StringComparison.Ordinal));
        Assert.Equal(Outcome.Pending, Bulk(ruleSet, household)[0].Outcome);
    }

    [Fact]
    public void An_informational_user_element_is_explained_but_never_decides()
    {
        var ruleSet = With(Regime.Imk2006.ToBuilder().Add(TestElements.OwnFlat(ElementRole.Informational)).Build());
        var household = Single() with { Housing = new Housing { Sufficient = true, CommunalShelter = true } };
        var decision = Evaluator.Evaluate(household, ruleSet);
        Assert.Equal(Outcome.ResidencePermit, decision.Outcome);
        Assert.Contains(decision.Explanation.Children, c => c.ElementId == TestElements.OwnFlatMeta.Id && c.Result == Truth.False);
        Assert.Equal(Outcome.ResidencePermit, Bulk(ruleSet, household)[0].Outcome);
    }
}
