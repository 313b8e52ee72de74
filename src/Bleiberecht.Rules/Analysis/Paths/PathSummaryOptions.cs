namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>How to summarise paths over a population.</summary>
/// <param name="Search">Size limit, job and German parameters (<see cref="PathSearchOptions.MemberId"/> must be null: the summary's target is the whole household).</param>
/// <param name="Resamples">Bootstrap resamples of households (0 to 10,000; 1,000 by default as in the simulation; 0 = no intervals, the bounds equal the share).</param>
/// <param name="BootstrapSeed">Seed of the resampling: the same seed gives the same intervals.</param>
/// <param name="MaxDegreeOfParallelism">Threads; all cores when null.</param>
public sealed record PathSummaryOptions(PathSearchOptions? Search = null, int Resamples = 1000, long BootstrapSeed = 1, int? MaxDegreeOfParallelism = null)
{
    /// <summary>The defaults.</summary>
    public static PathSummaryOptions Default { get; } = new();
}
