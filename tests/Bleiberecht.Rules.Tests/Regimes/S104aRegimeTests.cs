using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Tests.Bulk;
using Bleiberecht.Rules.Tests.Properties;
using FsCheck.Xunit;
using static Bleiberecht.Rules.Tests.Regimes.RegimeLaws;

namespace Bleiberecht.Rules.Tests.Regimes;

/// <summary>
/// The § 104a regime as a second regime of the engine: its composition, and the engine's laws under it and under the
/// IMK regime on both paths — explain and bulk agree; filling an unknown fact never turns a definite outcome into
/// another; nobody with an unknown exclusion fact of its own gets a permit of either regime.
/// </summary>
public class S104aRegimeTests
{
    /// <summary>The rule sets the laws are checked under: the base and every fourth profile, under each regime.</summary>
    public static IReadOnlyList<RuleSet> RuleSets { get; } =
    [
        RuleSet.Imk2006,
        RuleSet.Imk2006.Under(Regime.S104a),
        .. ProfileCatalog.All.Where((_, i) => i % 4 == 0).Select(p => ProfileCatalog.ToRuleSet(p).Under(Regime.S104a)),
    ];

    /// <summary>
    /// § 104a Abs. 1 S. 1 Nr. 4: a deliberate breach of the duty to cooperate that is of some weight and not outweighed
    /// (the IMK reading, L793-794) bars the person who committed it under the statute too, on both paths; as every Nr. 4
    /// ground it does not reach the family (Abs. 3 attributes only Nr. 6 convictions). Sample 26 is granted as it stands.
    /// </summary>
    [Fact]
    public void A_deliberate_breach_of_the_duty_to_cooperate_bars_only_its_author_under_s104a()
    {
        var sample = Rules.Serialization.CaseJson.ReadFile(Path.Combine(Serialization.RepoPaths.Samples, "26-s104a-family-livelihood-secured.json"))[0];
        var breach = sample with
        {
            Members = [.. sample.Members.Select(p => p.Id != "father" ? p : p with
            {
                CooperationBreached = true, CooperationBreachDeliberate = true, CooperationBreachOfSomeWeight = true, CooperationBreachOutweighedByIntegration = false,
            })],
        };
        var statute = RuleSet.Imk2006.Under(Regime.S104a);
        Assert.All(Evaluator.Evaluate(sample, statute).Members, m => Assert.Equal(Outcome.StatutoryPermit104a, m.Outcome));

        var d = Evaluator.Evaluate(breach, statute);
        Assert.Equal(Outcome.Refusal, d.For("father").Outcome);
        Assert.Contains("S104a.Abs1.Nr4.Cooperation", d.For("father").Grounds);
        Assert.Equal(Outcome.StatutoryPermit104a, d.For("mother").Outcome);
        Assert.Equal(Outcome.StatutoryPermit104a, d.For("child-1").Outcome);
        Assert.Equal(d.Members.Select(m => m.Outcome), BulkOutcomes(breach, statute));
    }

    [Fact]
    public void The_regime_is_listed_cites_the_statute_and_spreads_only_convictions()
    {
        var regime = Regime.S104a;
        Assert.Equal(["imk2006", "s104a", "s104a-extension"], Regime.All.Select(r => r.Id));
        Assert.Equal(Outcome.StatutoryPermit104a, regime.GrantOutcome);
        Assert.Equal(LivelihoodShortfall.ProbationPermit, regime.Shortfall);
        Assert.Equal(new DateOnly(2007, 7, 1), regime.ReferenceDate);
        Assert.All(regime.Elements.Where(e => e.Id.StartsWith("S104a.Abs", StringComparison.Ordinal)), e =>
            Assert.Contains(e.Meta.Citations, c => c.Kind == CitationKind.Statute && c.Reference.StartsWith("§ 104a", StringComparison.Ordinal)));
        var grounds = regime.Elements.Where(e => e.Role == ElementRole.ExclusionGround).ToList();
        Assert.Equal(["S104a.Abs1.Nr6"], grounds.Where(e => e.Spread != FamilySpread.None).Select(e => e.Id));
        Assert.All(grounds, e => Assert.NotNull(e.SpreadCitation));

        // The IMK grounds follow A19, each citing where that default comes from (IMK correction 6).
        Assert.All(Regime.Imk2006.Elements.Where(e => e.Role == ElementRole.ExclusionGround), e =>
        {
            Assert.Equal(FamilySpread.RuleSetScope, e.Spread);
            Assert.Contains("L2198-2201", e.SpreadCitation!.Reference, StringComparison.Ordinal);
        });

        // No IMK-only element: no application deadline, no absconding, no school prognosis.
        Assert.DoesNotContain(regime.Elements, e => e.Id is "IMK.Procedure.ApplicationDeadline" or "IMK.Exclusion.Absconding" or "IMK.Integration.SchoolPrognosis");
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(BulkGenerators)])]
    public void Bulk_and_explain_agree_under_the_s104a_regime(Population population)
    {
        var problems = RuleSets.Skip(1).SelectMany(r => BulkEquivalenceTests.Differences(population.Households, r)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(2)));
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(Generators)])]
    public void Filling_an_unknown_fact_never_turns_a_definite_outcome_into_another_under_either_regime(Filled f)
    {
        foreach (var ruleSet in RuleSets.Take(2))
        {
            AssertFilledKeepsDefinite(f.Before, f.After, f.What, ruleSet);
        }
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(Generators)])]
    public void Nobody_with_an_unknown_exclusion_fact_gets_a_permit_of_either_regime(Case c)
    {
        foreach (var ruleSet in RuleSets.Take(2))
        {
            var regime = ruleSet.Regime;
            var decision = Evaluator.Evaluate(c.Household, ruleSet);
            var bulk = BulkOutcomes(c.Household, ruleSet);
            for (var i = 0; i < decision.Members.Count; i++)
            {
                var member = decision.Members[i];
                var unknownGround = member.Explanation.Children.Any(n => n.Result == Truth.Unknown && regime.Find(n.ElementId) is { Role: ElementRole.ExclusionGround or ElementRole.FamilyScope });
                if (unknownGround)
                {
                    Assert.False(IsPermit(member.Outcome), $"{ruleSet.Name}: {member.PersonId} got {member.Outcome} (explain) with an unknown exclusion fact");
                    Assert.False(IsPermit(bulk[i]), $"{ruleSet.Name}: {member.PersonId} got {bulk[i]} (bulk) with an unknown exclusion fact");
                }
            }
        }
    }
}
