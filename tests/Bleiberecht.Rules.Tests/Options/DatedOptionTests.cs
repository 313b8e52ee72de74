using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Options.Dated;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Variants;

namespace Bleiberecht.Rules.Tests.Options;

/// <summary>
/// Issue 9, item 3: dated option values. Every boundary is the day before, on and after a date the study prints:
/// Berlin's instruction of 4.12.2006 (deadline 1.10.2007, L798-801) and its amendment of 7.3.2007 (deadline
/// 18.5.2007, L801-802); the BA's Globalzustimmung of 26.4.2007 ending Hamburg's Arbeitsagentur position "bis zum
/// Wegfall des Zustimmungserfordernisses" (L1473-1480, L1482, L3115-3119); § 104a "ab 28. August 2007" (L2598-2601).
/// </summary>
public sealed class DatedOptionTests
{
    private static readonly RuleSet Berlin = ProfileCatalog.RuleSetFor("BE");
    private static readonly RuleSet Hamburg = ProfileCatalog.RuleSetFor("HH");

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(2006, 12, 3, 2007, 9, 30)]   // before Berlin's first instruction: Punkt 9's own deadline (L620-621)
    [InlineData(2006, 12, 4, 2007, 10, 1)]   // the instruction of 4.12.2006
    [InlineData(2006, 12, 5, 2007, 10, 1)]
    [InlineData(2007, 3, 6, 2007, 10, 1)]    // the day before the amendment
    [InlineData(2007, 3, 7, 2007, 5, 18)]    // the amendment of 7.3.2007
    [InlineData(2007, 3, 8, 2007, 5, 18)]
    public void Berlin_work_take_up_deadline_follows_the_decree_in_force(int y, int m, int d, int ey, int em, int ed)
    {
        var options = Berlin.OptionsOn(D(y, m, d));
        Assert.Equal(D(ey, em, ed), options.Deadline.WorkTakeUp);
        Assert.False(options.Deadline.ExtensionAfterDeadline);
    }

    [Theory]
    [InlineData(2007, 4, 25, true)]
    [InlineData(2007, 4, 26, false)]   // Globalzustimmung of 26.4.2007: individual consent no longer needed
    [InlineData(2007, 4, 27, false)]
    public void Hamburg_arbeitsagentur_pay_floor_holds_only_while_consent_is_required(int y, int m, int d, bool applies)
    {
        var options = Hamburg.OptionsOn(D(y, m, d));
        Assert.Equal(applies ? 0.70m : null, options.Income.WageFloorMinShareOfCollectiveWage);
        Assert.Equal(applies ? 1000m : null, options.Income.MinimumGrossForSingle);
    }

    [Theory]
    [InlineData(2007, 8, 27, Convert104a.No)]
    [InlineData(2007, 8, 28, Convert104a.ConvertPending)]   // § 104a in force (L2598-2601); HH converts (L1442-1444)
    [InlineData(2007, 8, 29, Convert104a.ConvertPending)]
    public void Conversion_to_104a_exists_only_once_the_statute_is_in_force(int y, int m, int d, Convert104a expected) =>
        Assert.Equal(expected, Hamburg.OptionsOn(D(y, m, d)).Fallback.Convert104a);

    /// <summary>
    /// Over every day from the resolution to the end of 2007 and every profile: a decision date changes only the
    /// options the rule set dates, and no Land converts to § 104a before 28.8.2007 (L2598-2601).
    /// </summary>
    [Fact]
    public void A_decision_date_changes_only_dated_options_and_never_converts_before_104a()
    {
        var start = D(2006, 11, 17);
        foreach (var profile in ProfileCatalog.All)
        {
            var rules = ProfileCatalog.ToRuleSet(profile);
            var dated = rules.DatedOptions.Select(d => d.OptionId).ToHashSet(StringComparer.Ordinal);
            for (var day = start; day <= D(2007, 12, 31); day = day.AddDays(1))
            {
                var on = rules.OptionsOn(day);
                foreach (var declaration in Rules.Options.Declarations.OptionDeclarations.All.Where(d => !dated.Contains(d.Id)))
                {
                    Assert.Equal(declaration.Format(rules.Options), declaration.Format(on));
                }

                if (day < D(2007, 8, 28))
                {
                    Assert.Equal(Convert104a.No, on.Fallback.Convert104a);
                }
                else
                {
                    Assert.Equal(rules.Options.Fallback.Convert104a, on.Fallback.Convert104a);
                }
            }
        }
    }

    [Fact]
    public void Without_a_decision_date_the_undated_options_apply_and_the_open_ones_are_named()
    {
        Assert.Same(Berlin.Options, Berlin.OptionsOn(null));
        Assert.Contains("Deadline.WorkTakeUp", Berlin.OptionsDependingOnDate);
        string[] hamburg = ["Fallback.Convert104a", "Income.MinimumGrossForSingle", "Income.WageFloor"];
        Assert.Equal(hamburg, Hamburg.OptionsDependingOnDate.Order(StringComparer.Ordinal));
        Assert.Empty(RuleSet.Imk2006.OptionsDependingOnDate);

        var described = OptionTrace.Describe(Berlin, "Deadline.WorkTakeUp", null);
        Assert.Contains("depends on the decision date", described.En, StringComparison.Ordinal);
        Assert.Contains("hängt vom Entscheidungsdatum ab", described.De, StringComparison.Ordinal);
        Assert.Contains("2007-10-01", described.En, StringComparison.Ordinal);
        Assert.Contains("from 2007-03-07", described.En, StringComparison.Ordinal);
        Assert.Contains("until 2007-03-06", described.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Dated_values_select_by_date_and_report_disagreement()
    {
        var values = new DatedValues<int>([new(D(2007, 1, 1), 1, Citation.Source("L1")), new(D(2007, 6, 1), 2, Citation.Source("L2"))]);
        Assert.Null(values.At(D(2006, 12, 31)));
        Assert.Equal(1, values.At(D(2007, 1, 1))!.Value);
        Assert.Equal(1, values.At(D(2007, 5, 31))!.Value);
        Assert.Equal(2, values.At(D(2007, 6, 1))!.Value);
        Assert.Equal(D(2007, 5, 31), values.Until(values.Values[0]));
        Assert.Null(values.Until(values.Values[1]));
        Assert.False(values.AllAgree(out _));
        Assert.False(values.TryResolve(null, out _));
        Assert.True(values.TryResolve(D(2007, 7, 1), out var v) && v == 2);

        var same = new DatedValues<int>([new(D(2007, 1, 1), 5, Citation.Source("L1")), new(D(2007, 6, 1), 5, Citation.Source("L2"))]);
        Assert.True(same.TryResolve(null, out var s) && s == 5);

        Assert.Throws<ArgumentException>(() => new DatedValues<int>([]));
        Assert.Throws<ArgumentException>(() => new DatedValues<int>([new(D(2007, 6, 1), 1, Citation.Source("L1")), new(D(2007, 6, 1), 2, Citation.Source("L2"))]));
        Assert.Throws<ArgumentException>(() => new DatedValues<int>([new(D(2007, 6, 1), 1, Citation.Source("L1")), new(D(2007, 1, 1), 2, Citation.Source("L2"))]));
    }

    [Fact]
    public void Describe_names_the_value_and_its_source()
    {
        // The example of issue 9: Berlin's child age, L804-807.
        Assert.Equal("Family.MinChildAge = 2 (BE, L804-807)", OptionTrace.Describe(Berlin, "Family.MinChildAge", null).En);
        Assert.Equal("Family.MinChildAge = 3 (base)", OptionTrace.Describe(RuleSet.Imk2006, "Family.MinChildAge", null).En);
        Assert.Equal("Family.MinChildAge = 3 (Basis)", OptionTrace.Describe(RuleSet.Imk2006, "Family.MinChildAge", null).De);
        Assert.Equal(
            "Deadline.WorkTakeUp = {date: 2007-05-18, extensionAfterDeadline: false} (BE, L801-802, from 2007-03-07)",
            OptionTrace.Describe(Berlin, "Deadline.WorkTakeUp", D(2007, 4, 1)).En);
        Assert.Equal(
            "Deadline.WorkTakeUp = {date: 2007-10-01, extensionAfterDeadline: false} (BE, L798-801, ab 2006-12-04)",
            OptionTrace.Describe(Berlin, "Deadline.WorkTakeUp", D(2007, 1, 15)).De);
        var child2 = RuleSet.Imk2006 with { Name = "child-2", Options = ImkOptions.Base with { Family = ImkOptions.Base.Family with { MinChildAge = 2 } } };
        Assert.Equal("Family.MinChildAge = 2 (child-2)", OptionTrace.Describe(child2, "Family.MinChildAge", null).En);
        Assert.Throws<ArgumentException>(() => OptionTrace.Describe(Berlin, "Family.MaxChildAge", null));
    }

    [Fact]
    public void Sources_name_the_profile_lines_and_the_decree()
    {
        var deadline = Berlin.OptionSources["Deadline.WorkTakeUp"];
        Assert.Equal("BE", deadline.Origin);
        Assert.Equal(Citation.Source("L798-803"), deadline.Lines);
        Assert.Equal(D(2007, 3, 7), deadline.DecreeDate);    // the amendment that set 18.5.2007 (L801-802)
        Assert.Null(Berlin.OptionSources["Family.MinChildAge"].DecreeDate);
        Assert.Empty(RuleSet.Imk2006.OptionSources);
    }

    [Fact]
    public void A_variant_override_replaces_the_dated_values_of_its_option()
    {
        var variant = VariantLoader.Load("""
            { "name": "be-october", "basedOn": "BE", "citations": ["L798-801"],
              "overrides": { "Deadline.WorkTakeUp": { "date": "2007-10-01", "extensionAfterDeadline": false } } }
            """).ToRuleSet();
        Assert.Equal(D(2007, 10, 1), variant.OptionsOn(D(2007, 4, 1)).Deadline.WorkTakeUp);
        Assert.DoesNotContain("Deadline.WorkTakeUp", variant.OptionsDependingOnDate);
        Assert.Equal("variant:be-october", variant.OptionSources["Deadline.WorkTakeUp"].Origin);
        Assert.Equal("BE", variant.OptionSources["Family.MinChildAge"].Origin);
    }
}
