using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Statistics.Data;
using Bleiberecht.Rules.Statistics.Gap;
using Bleiberecht.Rules.Statistics.Simulation;

namespace Bleiberecht.Rules.Statistics.Tests.Gap;

/// <summary>The permit-gap analysis: published side from table 6.1, coded side from one common population.</summary>
public class PermitGapTests
{
    private static readonly StatisticsDataset Data = StatisticsDataset.LoadEmbedded();

    private static readonly Lazy<PermitGap> SlBy = new(() => PermitGapAnalysis.Compute(Data, "SL", "BY", 1500, 3, resamples: 60));

    [Fact]
    public void The_published_side_is_the_printed_row_of_each_Land()
    {
        var gap = SlBy.Value;
        foreach (var (iso, rate) in new[] { ("SL", gap.PublishedA), ("BY", gap.PublishedB) })
        {
            var row = Data.Table.Get(iso);
            Assert.Equal(row.Aufenthaltserlaubnisse, rate.Numerator);
            Assert.Equal(row.Antraege, rate.Denominator);
            Assert.Equal((double)row.AePctPrinted!.Value, 100 * rate.Estimate!.Value, 1);
        }

        Assert.Equal((Data.Table.Get("SL").SourceLine, Data.Table.Get("BY").SourceLine), (gap.SourceLineA, gap.SourceLineB));
        Assert.Equal(gap.PublishedB.Estimate!.Value - gap.PublishedA.Estimate!.Value, gap.PublishedDifference, 12);
        Assert.InRange(gap.PublishedDifference, gap.PublishedDifferenceInterval.Lower, gap.PublishedDifferenceInterval.Upper);
    }

    [Fact]
    public void The_coded_side_is_the_paired_difference_on_one_population()
    {
        var gap = SlBy.Value;
        var population = PopulationGenerator.Generate(PopulationParameters.Default, 1500, 3);
        var table = WhatIfRunner.Run(population, [ProfileCatalog.ToRuleSet(ProfileCatalog.Find("SL")!), ProfileCatalog.ToRuleSet(ProfileCatalog.Find("BY")!)], new WhatIfOptions(60, 3));
        Assert.Equal(table.Rows[0].Person(OutcomeCategory.Permit).Share, gap.Coded.ShareA, 12);
        Assert.Equal(table.Rows[1].Person(OutcomeCategory.Permit).Share, gap.Coded.ShareB, 12);
        Assert.Equal(gap.Coded.ShareB - gap.Coded.ShareA, gap.Coded.Difference, 12);
        Assert.InRange(gap.Coded.Difference, gap.Coded.DifferenceLower, gap.Coded.DifferenceUpper);
        Assert.Equal(gap.Coded.Difference / gap.PublishedDifference, gap.CodedShareOfGap!.Value, 12);
    }

    [Fact]
    public void Swapping_the_Laender_negates_both_differences()
    {
        var gap = SlBy.Value;
        var back = PermitGapAnalysis.Compute(Data, "BY", "SL", 1500, 3, resamples: 60);
        Assert.Equal(-gap.PublishedDifference, back.PublishedDifference, 12);
        Assert.Equal(-gap.Coded.Difference, back.Coded.Difference, 12);
        Assert.Equal(gap.DifferingOptions.Count, back.DifferingOptions.Count);
    }

    [Fact]
    public void Differing_options_say_whether_they_change_the_rule_parameters()
    {
        var options = SlBy.Value.DifferingOptions;

        // Bayern lifted the residence restriction for work (L712-715); Saarland states nothing.
        var residenz = Assert.Single(options, o => o.OptionId == "Residence.ResidenzpflichtLifted");
        Assert.Equal("base", residenz.ValueA);
        Assert.False(residenz.SameEffect);
        Assert.Contains("L712-715", residenz.SourceB, StringComparison.Ordinal);

        // Bayern states the base deadline of 30.9.2007 (L620-621): stated differently, same parameters.
        Assert.True(Assert.Single(options, o => o.OptionId == "Deadline.WorkTakeUp").SameEffect);
        Assert.All(options.Where(o => o.OptionId.StartsWith("Procedure.", StringComparison.Ordinal)), o => Assert.False(o.Encoded));
    }

    [Fact]
    public void No_share_is_computed_for_a_published_difference_indistinguishable_from_zero()
    {
        // NW 20.6 % vs SH 19.7 % (L4353, L4362): the Newcombe interval includes 0.
        var gap = PermitGapAnalysis.Compute(Data, "NW", "SH", 300, 1, resamples: 20);
        Assert.True(gap.PublishedDifferenceInterval.Lower < 0 && gap.PublishedDifferenceInterval.Upper > 0);
        Assert.Null(gap.CodedShareOfGap);
    }

    [Theory]
    [InlineData("XX", "BY")]
    [InlineData("SL", "SL")]
    [InlineData("DE", "BY")]
    public void Unknown_or_repeated_Laender_are_rejected_with_the_list(string a, string b)
    {
        var e = Assert.Throws<ArgumentException>(() => PermitGapAnalysis.Compute(Data, a, b, 10));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }
}
