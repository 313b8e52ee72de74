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
        int Index(string id) => ImkElements.Checkable.Select((e, i) => (e, i)).Single(x => x.e.Id == id).i;
        Assert.Equal(ImkLayout.Scope, Index(ImkElements.Scope.Id));
        Assert.Equal(ImkLayout.Deadline, Index(ImkElements.ApplicationDeadline.Id));
        Assert.Equal(ImkLayout.MinYears, Index(ImkElements.MinYears.Id));
        Assert.Equal(ImkLayout.Deception, Index(ImkElements.Deception.Id));
        Assert.Equal(ImkLayout.Obstruction, Index(ImkElements.Obstruction.Id));
        Assert.Equal(ImkLayout.Conviction, Index(ImkElements.Conviction.Id));
        Assert.Equal(ImkLayout.Extremism, Index(ImkElements.Extremism.Id));
        Assert.Equal(ImkLayout.Absconding, Index(ImkElements.Absconding.Id));
        Assert.Equal(ImkLayout.Housing, Index(ImkElements.Housing.Id));
        Assert.Equal(ImkLayout.Language, Index(ImkElements.Language.Id));
        Assert.Equal(ImkLayout.School, Index(ImkElements.SchoolAttendance.Id));
        Assert.Equal(ImkLayout.Prognosis, Index(ImkElements.SchoolPrognosis.Id));
        Assert.Equal(ImkLayout.Cooperation, Index(ImkElements.Cooperation.Id));
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
