using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Statistics.Simulation;

namespace Bleiberecht.Rules.Statistics.Tests.Simulation;

/// <summary>Sensitivity analysis: the Latin-hypercube definition, and one-at-a-time effects that equal direct runs. Small sizes for CI.</summary>
public class SensitivityTests
{
    private static readonly PopulationParameters P = PopulationParameters.Default;

    // McKay, Beckman & Conover (1979): every dimension has exactly one point in each of the N strata [k/N, (k+1)/N).
    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 7)]
    [InlineData(44, 50)]
    public void Latin_hypercube_puts_one_point_in_every_stratum_of_every_dimension(int dimensions, int samples)
    {
        var design = LatinHypercube.Sample(dimensions, samples, 11);
        Assert.Equal(dimensions, design.Length);
        foreach (var column in design)
        {
            Assert.Equal(Enumerable.Range(0, samples), column.Select(u => (int)Math.Floor(u * samples)).Order());
            Assert.All(column, u => Assert.InRange(u, 0, Math.BitDecrement(1.0)));
        }

        Assert.Equal(design[0], LatinHypercube.Sample(dimensions, samples, 11)[0]);
    }

    // The ranges stated in the note, by hand: 0.85 has rarer side 0.15 → 1 − 0.30 = 0.70 and 1 − 0.075 = 0.925;
    // 0.02 → 0.01 and 0.04; 0.5 → 0.25 and 0.75; 0 stays 0; an amount of 345 EUR → 258.75 and 431.25.
    [Fact]
    public void Ranges_halve_and_double_the_rarer_side_of_shares_and_move_amounts_25_percent()
    {
        var job = VariedParameter.All.Single(v => v.Name == "JobFoundShare");
        var (lo, hi) = job.Range(0.85);
        Assert.Equal(0.70, lo, 12);
        Assert.Equal(0.925, hi, 12);
        Assert.Equal((0.01, 0.04), job.Range(0.02));
        Assert.Equal((0.25, 0.75), job.Range(0.5));
        Assert.Equal((0.0, 0.0), job.Range(0));
        var need = VariedParameter.All.Single(v => v.Name == "NeedPerAdultEur");
        Assert.Equal((258.75, 431.25), need.Range(345));
        Assert.All(VariedParameter.All, v => Assert.Contains(v.Get(P).Provenance.Kind, new[] { ProvenanceKind.Assumption, ProvenanceKind.Calibrated }));
        Assert.Equal(0.7, VariedParameter.All.Single(v => v.Name == "JobFoundShare").Set(P, 0.7).JobFoundShare.Value);
    }

    [Fact]
    public void One_at_a_time_effects_equal_direct_runs_with_the_parameter_moved()
    {
        var varied = VariedParameter.All.Where(v => v.Name is "JobFoundShare" or "CommunalShelterShare" or "ConvictionShare").ToArray();
        var a = SensitivityAnalysis.Run(P, [RuleSet.Imk2006], SensitivityAnalysis.PermitShare(), "permit share", 150, 4, samples: 4, varied: varied, maxDegreeOfParallelism: 1);
        double Direct(PopulationParameters p) => WhatIfRunner.Run(PopulationGenerator.Generate(p, 150, 4), [RuleSet.Imk2006], new WhatIfOptions(1, 4, 1)).Base.Person(OutcomeCategory.Permit).Share;
        Assert.Equal(Direct(P), a.BaseOutput, 12);
        var job = a.OneAtATime.Single(e => e.Parameter == "JobFoundShare");
        Assert.Equal(Direct(P with { JobFoundShare = P.JobFoundShare.Override(job.Low) }), job.OutputAtLow, 12);
        Assert.Equal(0.70, job.Low, 12);
        Assert.Equal(Direct(P with { JobFoundShare = P.JobFoundShare.Override(job.High) }), job.OutputAtHigh, 12);
        Assert.Equal(a.OneAtATime.Select(e => e.Swing).OrderDescending(), a.OneAtATime.Select(e => e.Swing));
        Assert.Equal(3, a.JointRanking.Count);
        Assert.InRange(a.JointMean, a.JointLower, a.JointUpper);
        Assert.Contains("not a confidence interval", a.Note, StringComparison.Ordinal);

        var svg = Bleiberecht.Rules.Charts.TornadoChart.ToSvg(a, subtitle: "seed 4");
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("JobFoundShare", svg, StringComparison.Ordinal);
        Assert.Contains("synthetic, not published", svg, StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, Bleiberecht.Rules.Charts.TornadoChart.ToPng(a)[..4]);
        Assert.Contains("Joint (Latin hypercube, 4 points)", SensitivityTextRenderer.Render(a), StringComparison.Ordinal);
    }
}
