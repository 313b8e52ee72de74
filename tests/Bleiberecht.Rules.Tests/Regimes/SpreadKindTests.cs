using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Regimes;

/// <summary>
/// The kinds of spread no built-in regime uses (<see cref="FamilySpread.Spouses"/>,
/// <see cref="FamilySpread.ParentsToMinorChildren"/>), on a user-defined exclusion ground, decided on both paths and
/// pinned against what the kinds say: between the applicant and the spouse only; from a parent (applicant or spouse)
/// to the minor children only. The IMK grounds are limited to the person (A19 <c>PersonOnly</c>) so that only the test
/// ground spreads.
/// </summary>
public class SpreadKindTests
{
    private const string Ground = "Variant.Exclusion.Test";
    private const string FamilyScope = "IMK.Exclusion.FamilyScope";

    private static readonly Citation Test = Citation.Derived("test variant");

    /// <summary>A ground that fails for member <paramref name="failing"/> and is open (with its question) for <paramref name="open"/>.</summary>
    private static MemberElement TestGround(FamilySpread spread, string? failing, string? open = null) => new(
        new Condition<MemberContext>(
            RuleMeta.Of(Ground, "kein Testgrund", "no test ground", Test),
            m => m.Person.Id == failing ? Check.Of(Truth.False)
                : m.Person.Id == open ? Check.Unknown(null, new MissingFact($"$.members[{m.Index}].testGround", new Label("Testgrund?", "Test ground?")))
                : Check.Of(Truth.True),
            m => m.Person.Id),
        ElementRole.ExclusionGround)
    { Spread = spread, SpreadCitation = Test };

    private static RuleSet With(MemberElement ground) => RuleSet.Imk2006 with
    {
        Name = "spread",
        Regime = Regime.Imk2006.ToBuilder().Named("spread", "Testausbreitung", "test spread").Add(ground).Build(),
        Options = ImkOptions.Base with { Family = ImkOptions.Base.Family with { ExclusionScope = ExclusionScope.PersonOnly } },
    };

    /// <summary>Decides on the explain path and on the bulk path, asserts that they agree, and returns the former.</summary>
    private static HouseholdDecision Decide(RuleSet ruleSet, Household household)
    {
        var decision = Evaluator.Evaluate(household, ruleSet);
        var batch = HouseholdBatch.Create([household]);
        var bulk = new BulkResult[batch.PersonCount];
        BulkEvaluator.Evaluate(batch, CompiledRuleSet.Compile(ruleSet), bulk, parallel: false);
        for (var i = 0; i < decision.Members.Count; i++)
        {
            Assert.Equal(decision.Members[i].Outcome, bulk[i].Outcome);
            Assert.Equal(decision.Members[i].Grounds.Order(StringComparer.Ordinal), ruleSet.Regime.IdsOf(bulk[i].Failures).Order(StringComparer.Ordinal));
        }

        return decision;
    }

    [Fact]
    public void Without_the_test_ground_the_family_is_granted()
    {
        var d = Decide(With(TestGround(FamilySpread.ParentsToMinorChildren, failing: null)), Family());
        Assert.All(d.Members, m => Assert.Equal(Outcome.ResidencePermit, m.Outcome));
    }

    [Fact]
    public void A_childs_ground_reaches_nobody_under_parents_to_minor_children()
    {
        var d = Decide(With(TestGround(FamilySpread.ParentsToMinorChildren, failing: "child")), Family());
        Assert.Equal([Ground], d.For("child").Grounds);
        Assert.Equal(Outcome.ResidencePermit, d.For("applicant").Outcome);
        Assert.Equal(Outcome.ResidencePermit, d.For("spouse").Outcome);
    }

    [Fact]
    public void A_parents_open_ground_keeps_the_minor_child_pending_but_not_the_other_parent()
    {
        var d = Decide(With(TestGround(FamilySpread.ParentsToMinorChildren, failing: null, open: "spouse")), Family());
        Assert.Equal(Outcome.Pending, d.For("spouse").Outcome);
        Assert.Equal(Outcome.ResidencePermit, d.For("applicant").Outcome);
        Assert.Equal(Outcome.Pending, d.For("child").Outcome);
        Assert.Contains(FamilyScope, d.For("child").Grounds);
    }

    /// <summary><see cref="Family"/> with an adult relative (no ground of its own), the best-placed adult where the couple is refused.</summary>
    private static Household FamilyWithRelative()
    {
        var family = Family();
        return family with { Members = [.. family.Members, Adult("relative", HouseholdRole.OtherRelative, "2000-01-15", "1980-03-03")] };
    }

    [Fact]
    public void A_spouses_ground_reaches_the_applicant_but_neither_the_relative_nor_the_child()
    {
        var d = Decide(With(TestGround(FamilySpread.Spouses, failing: "spouse")), FamilyWithRelative());
        Assert.Equal([Ground], d.For("spouse").Grounds);
        Assert.Equal(Outcome.Refusal, d.For("applicant").Outcome);
        Assert.Equal([FamilyScope], d.For("applicant").Grounds);
        Assert.Equal(Outcome.ResidencePermit, d.For("relative").Outcome);

        // Not reached, and capped by the best-placed adult (the relative's permit) to nothing lower.
        Assert.Equal(Outcome.ResidencePermit, d.For("child").Outcome);
    }

    [Fact]
    public void A_parents_ground_reaches_the_minor_child_but_neither_the_other_parent_nor_another_adult()
    {
        var d = Decide(With(TestGround(FamilySpread.ParentsToMinorChildren, failing: "applicant")), FamilyWithRelative());
        Assert.Equal([Ground], d.For("applicant").Grounds);
        Assert.Equal(Outcome.ResidencePermit, d.For("relative").Outcome);
        Assert.Equal(Outcome.ResidencePermit, d.For("spouse").Outcome);
        Assert.Equal(Outcome.Refusal, d.For("child").Outcome);
        Assert.Contains(FamilyScope, d.For("child").Grounds);
    }

    [Fact]
    public void A_childs_ground_reaches_nobody_under_spouses()
    {
        var d = Decide(With(TestGround(FamilySpread.Spouses, failing: "child")), Family());
        Assert.Equal(Outcome.ResidencePermit, d.For("applicant").Outcome);
        Assert.Equal(Outcome.ResidencePermit, d.For("spouse").Outcome);
        Assert.Equal([Ground], d.For("child").Grounds);
    }
}
