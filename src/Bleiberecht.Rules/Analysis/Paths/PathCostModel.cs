namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>
/// The cost of a change, for sorting paths: a rough measure of effort (months and difficulty), not a legal quantity.
/// The defaults rank documenting efforts and school enrolment as cheap, a new job as the hardest; override any of
/// them with <c>with</c>, or derive and override <see cref="CostOf"/>.
/// </summary>
/// <param name="TakeUpJob">Cost of <see cref="FactChangeKind.TakeUpJob"/>.</param>
/// <param name="ReachGermanLevel">Cost of <see cref="FactChangeKind.ReachGermanLevel"/>.</param>
/// <param name="PresentPassport">Cost of <see cref="FactChangeKind.PresentPassport"/>.</param>
/// <param name="DocumentPassportEfforts">Cost of <see cref="FactChangeKind.DocumentPassportEfforts"/>.</param>
/// <param name="AdequateHousing">Cost of <see cref="FactChangeKind.AdequateHousing"/>.</param>
/// <param name="AttendSchool">Cost of <see cref="FactChangeKind.AttendSchool"/>.</param>
public record PathCostModel(
    decimal TakeUpJob = 5m,
    decimal ReachGermanLevel = 3m,
    decimal PresentPassport = 2m,
    decimal DocumentPassportEfforts = 1m,
    decimal AdequateHousing = 2m,
    decimal AttendSchool = 1m)
{
    /// <summary>The default weights.</summary>
    public static PathCostModel Default { get; } = new();

    /// <summary>The cost of one change.</summary>
    /// <param name="change">The change.</param>
    public virtual decimal CostOf(FactChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Kind switch
        {
            FactChangeKind.TakeUpJob => TakeUpJob,
            FactChangeKind.ReachGermanLevel => ReachGermanLevel,
            FactChangeKind.PresentPassport => PresentPassport,
            FactChangeKind.DocumentPassportEfforts => DocumentPassportEfforts,
            FactChangeKind.AdequateHousing => AdequateHousing,
            _ => AttendSchool,
        };
    }
}
