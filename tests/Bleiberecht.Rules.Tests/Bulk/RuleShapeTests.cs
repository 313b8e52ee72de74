using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Serialization;

namespace Bleiberecht.Rules.Tests.Bulk;

/// <summary>
/// The household loop's specialised shape (<see cref="ImkShape"/>, ADR 0010 item 8) answers the IMK regime's structure
/// and its verdicts' bits (<see cref="ImkLayout"/>) with constants. It must be chosen for the built-in IMK rule sets
/// (else they lose the speed it exists for) and never for a regime whose bits lie elsewhere (else a verdict would be
/// filed at the wrong element).
/// </summary>
public class RuleShapeTests
{
    [Fact]
    public void The_imk_layout_is_the_index_of_each_element_in_the_imk_regime()
    {
        // Independent of CompiledRuleSet: the positions read off the public element list.
        (string Id, int Layout)[] elements =
        [
            (ImkElements.Scope.Id, ImkLayout.Scope), (ImkElements.ApplicationDeadline.Id, ImkLayout.Deadline),
            (ImkElements.MinYears.Id, ImkLayout.MinYears), (ImkElements.Deception.Id, ImkLayout.Deception),
            (ImkElements.Obstruction.Id, ImkLayout.Obstruction), (ImkElements.Conviction.Id, ImkLayout.Conviction),
            (ImkElements.Extremism.Id, ImkLayout.Extremism), (ImkElements.Absconding.Id, ImkLayout.Absconding),
            (ImkElements.Housing.Id, ImkLayout.Housing), (ImkElements.Language.Id, ImkLayout.Language),
            (ImkElements.SchoolAttendance.Id, ImkLayout.School), (ImkElements.SchoolPrognosis.Id, ImkLayout.Prognosis),
            (ImkElements.Cooperation.Id, ImkLayout.Cooperation),
        ];
        var ids = ImkElements.Checkable.Select(e => e.Id).ToList();
        Assert.All(elements, e => Assert.Equal(ids.IndexOf(e.Id), e.Layout));
    }

    [Fact]
    public void The_base_rule_and_every_profile_take_the_specialised_loop()
    {
        var ruleSets = new[] { RuleSet.Imk2006 }.Concat(ProfileCatalog.All.Select(ProfileCatalog.ToRuleSet)).ToList();
        var general = ruleSets.Where(r => !CompiledRuleSet.Compile(r).IsImkShape).Select(r => r.Name).ToList();
        Assert.True(general.Count == 0, "general loop for: " + string.Join(", ", general));
    }

    [Theory]
    [InlineData("passport")]   // cooperation moves one bit down
    [InlineData("scope")]      // every bit moves
    public void A_regime_whose_bits_moved_takes_the_general_loop_and_decides_as_explained(string element)
    {
        var removed = element == "passport" ? ImkElements.Passport.Id : ImkElements.Scope.Id;
        var regime = Regime.Imk2006.ToBuilder().Named("moved", "verschoben", "moved").Remove(removed).Build();
        var ruleSet = RuleSet.Imk2006 with { Name = "moved bits", Regime = regime };
        Assert.False(CompiledRuleSet.Compile(ruleSet).IsImkShape);
        var samples = Directory.GetFiles(RepoPaths.Samples, "*.json").Order(StringComparer.Ordinal).SelectMany(f => CaseJson.ReadFile(f)).ToList();
        var problems = BulkEquivalenceTests.Differences(samples, ruleSet);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(2)));
    }
}
