using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Regimes.S104aExtension;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Serialization;

namespace Bleiberecht.Rules.Tests.Regimes;

/// <summary>
/// The IMK decision of 4.12.2009 ([background]: verify) as a dated value of the extension regime: not before, from
/// that day on; shown among the options a decision read like a profile's dated option, with period and citation.
/// </summary>
public class ExtensionDatedParameterTests
{
    private static readonly RuleSet Extension = RuleSet.Imk2006.Under(Regime.S104aExtension);

    private static Household Sample41() => Assert.Single(CaseJson.ReadFile(Path.Combine(RepoPaths.Samples, "41-s104a-extension-probation-imk2009.json")));

    [Theory]
    [InlineData("2009-12-03", false)]
    [InlineData("2009-12-04", true)]
    [InlineData("2009-12-05", true)]
    [InlineData("2007-08-28", false)]
    public void The_probation_extension_is_in_force_from_4_12_2009(string day, bool expected)
    {
        var v = ExtensionParameters.ProbationExtension.At(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(v);
        Assert.Equal(expected, v.Value);
    }

    [Fact]
    public void The_dated_value_is_cited_as_background()
    {
        var v = ExtensionParameters.ProbationExtension.At(new DateOnly(2009, 12, 4))!;
        Assert.Equal(CitationKind.Background, v.Citation.Kind);
        Assert.Contains("4.12.2009", v.Citation.Reference, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2009, 12, 4), ExtensionParameters.ProbationExtensionDecided);
        Assert.Null(ExtensionParameters.ProbationExtension.At(new DateOnly(2007, 8, 27)));
    }

    [Fact]
    public void The_option_reads_show_the_dated_value_on_the_decision_date()
    {
        // Sample 41 is decided on 10.12.2009, after the IMK decision.
        var h = Sample41();
        var d = Evaluator.Evaluate(h, Extension);
        var read = Assert.Single(OptionTrace.Read(Extension, d, h.DecisionDate), r => r.OptionId == ExtensionParameters.ProbationExtensionId);
        Assert.True(read.FromRuleSet);
        Assert.Contains("= yes", read.Value.En, StringComparison.Ordinal);
        Assert.Contains("from 2009-12-04", read.Value.En, StringComparison.Ordinal);
        Assert.Contains("IMK-Beschluss vom 4.12.2009", read.Value.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_decision_date_the_option_read_depends_on_it()
    {
        var h = Sample41() with { DecisionDate = null };
        var d = Evaluator.Evaluate(h, Extension);
        var read = Assert.Single(OptionTrace.Read(Extension, d, null), r => r.OptionId == ExtensionParameters.ProbationExtensionId);
        Assert.Contains("depends on the decision date", read.Value.En, StringComparison.Ordinal);
        Assert.Contains("yes from 2009-12-04", read.Value.En, StringComparison.Ordinal);
    }

    [Fact]
    public void An_imk_decision_does_not_read_it()
    {
        var h = Assert.Single(CaseJson.ReadFile(Path.Combine(RepoPaths.Samples, "01-family-permit.json")));
        Assert.DoesNotContain(OptionTrace.Read(RuleSet.Imk2006, Evaluator.Evaluate(h), h.DecisionDate), r => r.OptionId == ExtensionParameters.ProbationExtensionId);
    }
}
