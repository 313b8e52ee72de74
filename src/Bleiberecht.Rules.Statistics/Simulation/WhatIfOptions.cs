namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>Settings of <see cref="WhatIfRunner.Run"/>.</summary>
/// <param name="Resamples">Bootstrap resamples of households (≥ 1; 1,000 by default, enough that the 2.5 % and 97.5 % quantiles rest on 25 replicates each).</param>
/// <param name="BootstrapSeed">Seed of the bootstrap resampling.</param>
/// <param name="MaxDegreeOfParallelism">Threads to use; null = all cores. Results do not depend on it.</param>
public sealed record WhatIfOptions(int Resamples = 1000, long BootstrapSeed = 1, int? MaxDegreeOfParallelism = null)
{
    /// <summary>The defaults.</summary>
    public static WhatIfOptions Default { get; } = new();
}
