using Bleiberecht.Rules.Facts;

namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>How to search for paths to a permit.</summary>
/// <param name="MemberId">The member who should obtain a permit; <c>null</c> = every member of the household.</param>
/// <param name="MaxChanges">Largest number of changes in a path (1 to 6; 3 by default).</param>
/// <param name="CostModel">Cost of each change; <see cref="PathCostModel.Default"/> when <c>null</c>.</param>
/// <param name="JobKind">Kind of the job a <see cref="FactChangeKind.TakeUpJob"/> change takes up.</param>
/// <param name="JobNetMonthlyEur">
/// Net monthly pay of that job; <c>null</c> = the household's monthly need (the smallest pay that covers it, L4303-4307),
/// or 1,000 EUR where the need is unknown.
/// </param>
/// <param name="GermanLevel">The level a <see cref="FactChangeKind.ReachGermanLevel"/> change reaches (A2 by default, L4179-4180).</param>
/// <param name="MaxPaths">At most this many paths are explained and returned (the cheapest; 1 to 1,000).</param>
public sealed record PathSearchOptions(
    string? MemberId = null,
    int MaxChanges = 3,
    PathCostModel? CostModel = null,
    EmploymentKind JobKind = EmploymentKind.Regular,
    decimal? JobNetMonthlyEur = null,
    CefrLevel GermanLevel = CefrLevel.A2,
    int MaxPaths = 50)
{
    /// <summary>Largest accepted <see cref="MaxChanges"/>: the number of candidate sets grows as catalogue size to this power.</summary>
    public const int MaxChangesLimit = 6;

    /// <summary>The defaults: the whole household, up to three changes.</summary>
    public static PathSearchOptions Default { get; } = new();

    /// <summary>The cost model in effect.</summary>
    public PathCostModel Costs => CostModel ?? PathCostModel.Default;

    internal void Validate()
    {
        if (MaxChanges is < 1 or > MaxChangesLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxChanges), MaxChanges, $"MaxChanges must be between 1 and {MaxChangesLimit}.");
        }

        if (MaxPaths is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPaths), MaxPaths, "MaxPaths must be between 1 and 1000.");
        }

        if (JobNetMonthlyEur is < 0 or > 1_000_000m)
        {
            throw new ArgumentOutOfRangeException(nameof(JobNetMonthlyEur), JobNetMonthlyEur, "JobNetMonthlyEur must be between 0 and 1,000,000.");
        }
    }
}
