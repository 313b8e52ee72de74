namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>Settings of <see cref="WhatIfRunner.Run"/>.</summary>
/// <param name="Resamples">Bootstrap resamples of households (≥ 1; 200 by default).</param>
/// <param name="BootstrapSeed">Seed of the bootstrap resampling.</param>
/// <param name="MaxDegreeOfParallelism">Threads to use; null = all cores. Results do not depend on it.</param>
public sealed record WhatIfOptions(int Resamples = 200, long BootstrapSeed = 1, int? MaxDegreeOfParallelism = null)
{
    /// <summary>The defaults.</summary>
    public static WhatIfOptions Default { get; } = new();
}
