using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Serialization;

namespace Bleiberecht.Rules.Tests.Options;

/// <summary>A decision names the option values it read and where they come from (OpenFisca's tracing parameter node).</summary>
public class OptionReadTests
{
    private static readonly Household Toddler = CaseJson.ReadFile(Path.Combine(RepoPaths.Samples, "21-family-toddler-six-years.json"))[0];

    [Fact]
    public void Berlin_s_child_age_is_read_with_its_source_line()
    {
        var berlin = ProfileCatalog.RuleSetFor("BE");
        var decision = Evaluator.Evaluate(Toddler, berlin);
        var read = OptionTrace.Read(berlin, decision, Toddler.DecisionDate);
        var age = Assert.Single(read, r => r.OptionId == "Family.MinChildAge");
        Assert.True(age.FromRuleSet);
        Assert.Equal("Family.MinChildAge = 2 (BE, L804-807)", age.Value.En);

        // The deadline as in force on the decision date of 15.6.2007: the amendment of 7.3.2007 (L801-802).
        var deadline = Assert.Single(read, r => r.OptionId == "Deadline.WorkTakeUp");
        Assert.Contains("2007-05-18", deadline.Value.En, StringComparison.Ordinal);
    }

    [Fact]
    public void The_base_rule_reads_only_base_values()
    {
        var decision = Evaluator.Evaluate(Toddler);
        var read = OptionTrace.Read(RuleSet.Imk2006, decision, Toddler.DecisionDate);
        Assert.NotEmpty(read);
        Assert.DoesNotContain(read, r => r.FromRuleSet);
        Assert.Contains(read, r => r.OptionId == "Family.MinChildAge");
    }
}
