using Bleiberecht.Rules.Evaluation;
using MathNet.Numerics.Statistics;

namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>
/// How much one simulated output moves when the assumed and calibrated population parameters move
/// (<see cref="VariedParameter.All"/>; study and derived parameters stay fixed). Two designs:
/// <list type="bullet">
/// <item>one at a time: each parameter at the low and the high end of its range, all others at their values (the
/// tornado chart);</item>
/// <item>joint: a Latin hypercube (McKay, Beckman &amp; Conover 1979) of <c>samples</c> points, each parameter's range cut
/// into that many equal strata, one draw per stratum, strata paired at random; the spread of the output over the
/// points and each parameter's Spearman correlation with it.</item>
/// </list>
/// Every run uses the same population seed (common random numbers), so differences come from the parameters, not
/// from a new draw of households. The ranges are an assumption of the analysis (<see cref="VariedParameter.Range"/>),
/// not a probability distribution: the joint spread is a what-if band, not a confidence interval.
/// </summary>
/// <param name="Output">Name of the output.</param>
/// <param name="Households">Population size of every run.</param>
/// <param name="Seed">Population seed of every run and seed of the hypercube.</param>
/// <param name="BaseOutput">The output at the parameters' values.</param>
/// <param name="OneAtATime">One effect per parameter, sorted by swing (largest first).</param>
/// <param name="Samples">Latin-hypercube points.</param>
/// <param name="JointMean">Mean output over the points.</param>
/// <param name="JointLower">2.5 % quantile over the points.</param>
/// <param name="JointUpper">97.5 % quantile over the points.</param>
/// <param name="JointRanking">Spearman ρ of each parameter's sampled value with the output, by |ρ| (largest first).</param>
/// <param name="Note">The analysis' assumptions in words.</param>
public sealed record SensitivityAnalysis(
    string Output,
    int Households,
    long Seed,
    double BaseOutput,
    IReadOnlyList<SensitivityEffect> OneAtATime,
    int Samples,
    double JointMean,
    double JointLower,
    double JointUpper,
    IReadOnlyList<SensitivityRanking> JointRanking,
    string Note)
{
    /// <summary>The assumptions, printed with every analysis.</summary>
    public const string NoteText =
        "Ranges are assumptions: a share is halved and doubled on its rarer side (v <= 0.5: v/2 to min(2v, (1+v)/2); mirrored above 0.5; 0 and 1 stay), an amount moves by 25 %. Study and Derived parameters stay fixed. "
        + "All runs share one population seed (common random numbers). The joint band is the spread over a Latin hypercube of these ranges, a what-if band, not a confidence interval.";

    /// <summary>Runs both designs.</summary>
    /// <param name="parameters">The parameters at their values.</param>
    /// <param name="ruleSets">Rule sets evaluated on every run.</param>
    /// <param name="output">The output read from each run's table (e.g. <see cref="PermitShare"/>).</param>
    /// <param name="outputName">Its name.</param>
    /// <param name="households">Population size (keep small: each design point is one full run).</param>
    /// <param name="seed">Population and hypercube seed.</param>
    /// <param name="samples">Latin-hypercube points (≥ 2).</param>
    /// <param name="varied">Parameters to vary; null = <see cref="VariedParameter.All"/>.</param>
    /// <param name="maxDegreeOfParallelism">Threads per run; null = all cores.</param>
    public static SensitivityAnalysis Run(
        PopulationParameters parameters,
        IReadOnlyList<RuleSet> ruleSets,
        Func<DiscretionEffectTable, double> output,
        string outputName,
        int households,
        long seed,
        int samples = 50,
        IReadOnlyList<VariedParameter>? varied = null,
        int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(ruleSets);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(households, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 2);
        varied ??= VariedParameter.All;
        double Eval(PopulationParameters p)
        {
            var population = PopulationGenerator.Generate(p, households, seed);
            return output(WhatIfRunner.Run(population, ruleSets, new WhatIfOptions(1, seed, maxDegreeOfParallelism)));
        }

        var baseOutput = Eval(parameters);
        var effects = new List<SensitivityEffect>();
        foreach (var v in varied)
        {
            var value = v.Get(parameters);
            var (lo, hi) = v.Range(value.Value);
            effects.Add(new SensitivityEffect(v.Name, value.Provenance.Kind, value.Value, lo, hi, Eval(v.Set(parameters, lo)), Eval(v.Set(parameters, hi))));
        }

        var unit = LatinHypercube.Sample(varied.Count, samples, seed);
        var design = new double[varied.Count][];
        for (var j = 0; j < varied.Count; j++)
        {
            var (lo, hi) = varied[j].Range(varied[j].Get(parameters).Value);
            design[j] = unit[j].Select(u => lo + (u * (hi - lo))).ToArray();
        }

        var outputs = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var p = parameters;
            for (var j = 0; j < varied.Count; j++)
            {
                p = varied[j].Set(p, design[j][i]);
            }

            outputs[i] = Eval(p);
        }

        var ranking = varied.Select((v, j) => new SensitivityRanking(v.Name, Correlation.Spearman(design[j], outputs)))
            .OrderByDescending(r => double.IsNaN(r.SpearmanRho) ? -1 : Math.Abs(r.SpearmanRho)).ToArray();
        var sorted = outputs.Order().ToArray();
        return new SensitivityAnalysis(outputName, households, seed, baseOutput,
            effects.OrderByDescending(e => e.Swing).ToArray(), samples, outputs.Average(),
            Quantile(sorted, 0.025), Quantile(sorted, 0.975), ranking, NoteText);
    }

    /// <summary>Output: the person permit share under the rule set at <paramref name="index"/>.</summary>
    /// <param name="index">Row of the table (0 = the first rule set).</param>
    public static Func<DiscretionEffectTable, double> PermitShare(int index = 0) => t => t.Rows[index].Person(OutcomeCategory.Permit).Share;

    /// <summary>Output: permit share of rule set <paramref name="b"/> minus that of rule set <paramref name="a"/> (persons).</summary>
    /// <param name="a">Row of A.</param>
    /// <param name="b">Row of B.</param>
    public static Func<DiscretionEffectTable, double> PermitDifference(int a, int b)
        => t => t.Rows[b].Person(OutcomeCategory.Permit).Share - t.Rows[a].Person(OutcomeCategory.Permit).Share;

    private static double Quantile(double[] sorted, double q)
    {
        var pos = q * (sorted.Length - 1);
        var i = (int)Math.Floor(pos);
        var j = Math.Min(i + 1, sorted.Length - 1);
        return sorted[i] + ((pos - i) * (sorted[j] - sorted[i]));
    }
}
