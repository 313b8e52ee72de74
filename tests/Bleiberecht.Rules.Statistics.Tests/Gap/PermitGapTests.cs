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

    // Hand computation from table 6.1 (L4338, L4357): decided BY 1618 / (1618 + 409) = 0.798224, SL 47 / (47 + 73) = 0.391667
    // (the 40.7 pp); per application minus undecided BY 1618 / (3400 − 90) = 0.488822, SL 47 / (788 − 572) = 0.217593
    // (27.1 pp); backlog SL 572 / 788 = 72.6 %.
    [Fact]
    public void The_decided_case_view_sits_next_to_the_per_application_gap()
    {
        var gap = SlBy.Value;
        Assert.Equal(0.406557, gap.PublishedDecidedDifference!.Value, 5);
        Assert.Equal(0.271229, gap.PublishedDifferenceExcludingUndecided!.Value, 5);
        Assert.Equal(0.725888, gap.UndecidedA.Estimate!.Value, 5);
        Assert.InRange(gap.PublishedDecidedDifference.Value, gap.PublishedDecidedDifferenceInterval!.Lower, gap.PublishedDecidedDifferenceInterval.Upper);
    }

    // The simulated decided share is permits / (permits + refusals) of the person shares: the same formula applied to the
    // table's person shares, not this field's own output.
    [Fact]
    public void The_coded_decided_share_is_permits_over_permits_plus_refusals()
    {
        var population = PopulationGenerator.Generate(PopulationParameters.Default, 1500, 3);
        var table = WhatIfRunner.Run(population, [ProfileCatalog.ToRuleSet(ProfileCatalog.Find("SL")!), ProfileCatalog.ToRuleSet(ProfileCatalog.Find("BY")!)], new WhatIfOptions(60, 3));
        static double Decided(DiscretionEffectRow r) => r.Person(OutcomeCategory.Permit).Share / (r.Person(OutcomeCategory.Permit).Share + r.Person(OutcomeCategory.Refusal).Share);
        var gap = SlBy.Value;
        Assert.Equal(Decided(table.Rows[0]), gap.CodedDecided!.ShareA, 12);
        Assert.Equal(Decided(table.Rows[1]) - Decided(table.Rows[0]), gap.CodedDecided.Difference, 12);
        Assert.Equal(gap.CodedDecided.Difference / gap.PublishedDecidedDifference!.Value, gap.CodedShareOfDecidedGap!.Share, 12);
    }

    // Corner bounds by hand: coded [0.01, 0.02] over published [0.40, 0.50] gives 0.01/0.50 = 0.02 to 0.02/0.40 = 0.05.
    [Fact]
    public void Gap_share_bounds_are_the_interval_corners_and_absent_for_an_indistinct_gap()
    {
        var s = GapShare.Create("u", 0.015, 0.01, 0.02, 0.45, 0.40, 0.50)!;
        Assert.Equal(0.015 / 0.45, s.Share, 12);
        Assert.Equal(0.02, s.Lower, 12);
        Assert.Equal(0.05, s.Upper, 12);
        Assert.Null(GapShare.Create("u", 0.015, 0.01, 0.02, 0.01, -0.01, 0.03));
    }
}
