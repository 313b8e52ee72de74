using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Tests.Bulk;
using FsCheck;
using Check = Bleiberecht.Rules.Predicates.Check;
using Outcome = Bleiberecht.Rules.Evaluation.Outcome;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bleiberecht.Rules.Tests.Regimes;

/// <summary>A rule set with a regime composed at random from the public blocks, printed as its recipe.</summary>
public sealed record ComposedRuleSet(RuleSet RuleSet, string Recipe)
{
    public override string ToString() => Recipe;
}

/// <summary>
/// Regimes composed at random from the IMK baseline: elements removed, user-defined elements added with any role
/// that fits their level, the family and livelihood elements replaced by user-defined ones — paired with the options
/// of any rule set the bulk equivalence covers (base, every profile, option corners).
/// </summary>
public static class RegimeGenerators
{
    /// <summary>A household livelihood test of its own: the jobs' net income covers the need, no benefits.</summary>
    private static HouseholdElement OwnLivelihood() => RegimeElement.ForHousehold(
        RuleMeta.Of("Variant.Livelihood.NetCoversNeed", "Nettoeinkommen deckt Bedarf", "net income covers need", Citation.Derived("test variant")),
        h =>
        {
            if (h.Household.Livelihood?.MonthlyNeedEur is not { } need)
            {
                return Check.Unknown(null, new MissingFact("$.livelihood.monthlyNeedEur", new Label("Bedarf?", "Need?")));
            }

            var income = 0m;
            foreach (var p in h.Household.Members)
            {
                if (p.Employments is null)
                {
                    return Check.Unknown(null, new MissingFact("$.members", new Label("Beschäftigungen?", "Jobs?")));
                }

                foreach (var j in p.Employments)
                {
                    income += j.NetMonthlyEur ?? 0m;
                }
            }

            return Check.Of((income >= need).ToTruth());
        },
        ElementRole.Livelihood);

    public static Arbitrary<ComposedRuleSet> ComposedRuleSets()
    {
        var removable = Regime.Imk2006.Elements.Select(e => e.Id).ToArray();
        var memberRoles = new[] { ElementRole.Requirement, ElementRole.ExclusionGround, ElementRole.Curable, ElementRole.Informational };
        var householdRoles = new[] { ElementRole.Requirement, ElementRole.Curable, ElementRole.Informational };
        var gen =
            from options in Gen.Elements(BulkGenerators.RuleSets.ToArray())
            from removed in Gen.SubListOf(removable)
            from b1Role in Gen.Elements(memberRoles)
            from flatRole in Gen.Elements(householdRoles)
            from addB1 in Gen.Elements(true, false)
            from addFlat in Gen.Elements(true, false)
            from addBreach in Gen.Elements(true, false)
            from replaceFamily in Gen.Elements(true, false)
            from replaceLivelihood in Gen.Elements(true, false)
            select Compose(options, removed, addB1 ? b1Role : null, addFlat ? flatRole : null, addBreach, replaceFamily, replaceLivelihood);
        return Arb.From(gen);
    }

    private static ComposedRuleSet Compose(RuleSet options, IList<string> removed, ElementRole? b1, ElementRole? flat, bool breach, bool replaceFamily, bool replaceLivelihood)
    {
        var builder = Regime.Imk2006.ToBuilder().Named("composed", "zusammengesetzt", "composed");
        var recipe = new List<string> { $"options {options.Name}" };
        if (replaceFamily && !removed.Contains(ImkElements.QualifyingChild.Id))
        {
            builder.Replace(ImkElements.QualifyingChild.Id, TestElements.EveryoneIsFamily());
            recipe.Add("replace family");
        }

        if (replaceLivelihood && !removed.Contains(ImkElements.Livelihood.Id))
        {
            builder.Replace(ImkElements.Livelihood.Id, OwnLivelihood());
            recipe.Add("replace livelihood");
        }

        foreach (var id in removed)
        {
            builder.Remove(id);
            recipe.Add("remove " + id);
        }

        // The work take-up deadline needs a livelihood element.
        if (removed.Contains(ImkElements.Livelihood.Id) && !removed.Contains(ImkElements.WorkTakeUp.Id))
        {
            builder.Remove(ImkElements.WorkTakeUp.Id);
            recipe.Add("remove " + ImkElements.WorkTakeUp.Id);
        }

        if (b1 is { } r1)
        {
            builder.Add(TestElements.GermanB1(r1));
            recipe.Add($"add B1 as {r1}");
        }

        if (flat is { } r2)
        {
            builder.Add(TestElements.OwnFlat(r2), after: removed.Contains(ImkElements.Scope.Id) ? null : ImkElements.Scope.Id);
            recipe.Add($"add own flat as {r2}");
        }

        if (breach)
        {
            builder.Add(TestElements.NoBreach());
            recipe.Add("add cooperation breach as exclusion ground");
        }

        var regime = builder.Build();
        return new ComposedRuleSet(options with { Name = options.Name + "+composed", Regime = regime }, string.Join("; ", recipe));
    }
}

/// <summary>
/// The engine's central law for composed regimes: the explain path and the bulk path agree on every member's outcome
/// and grounds, whatever the composition, including user-defined predicates and replaced built-ins; and no member with
/// an unknown verdict of a requirement gets a permit.
/// </summary>
public class RegimeEquivalenceTests
{
    [Property(MaxTest = 200, Arbitrary = [typeof(BulkGenerators), typeof(RegimeGenerators)])]
    public void Bulk_and_explain_agree_under_any_composed_regime(Population population, ComposedRuleSet composed)
    {
        var problems = BulkEquivalenceTests.Differences(population.Households, composed.RuleSet);
        Assert.True(problems.Count == 0, composed.Recipe + "\n" + string.Join("\n", problems.Take(2)));
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(BulkGenerators), typeof(RegimeGenerators)])]
    public void A_permit_is_never_granted_while_a_deciding_element_is_unknown(Population population, ComposedRuleSet composed)
    {
        var ruleSet = composed.RuleSet;
        foreach (var household in population.Households)
        {
            var decision = Evaluator.Evaluate(household, ruleSet);
            foreach (var member in decision.Members.Where(m => m.Outcome == Outcome.ResidencePermit))
            {
                // Every element that decides (not informational) and was evaluated for this member is met.
                var tree = member.Explanation;
                var unknown = tree.Children
                    .Concat(decision.Explanation.Children)
                    .Where(n => n.Result == Truth.Unknown && ruleSet.Regime.Find(n.ElementId) is { } e && e.Role is not ElementRole.Informational && !(e.Id == ImkElements.Language.Id && ruleSet.Options.Language.DeficitOutcome == Rules.Options.LanguageDeficitOutcome.ConditionalPermitWithCourse))
                    .Select(n => n.ElementId)
                    .ToList();
                Assert.True(unknown.Count == 0, $"{composed.Recipe}: {member.PersonId} got a permit with unknown {string.Join(", ", unknown)}");
            }
        }
    }
}
