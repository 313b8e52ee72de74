namespace Bleiberecht.Rules.Facts;

/// <summary>
/// A whole number known only within bounds, e.g. "more than 50 day-fines" = <c>{ "min": 51 }</c>. A missing bound
/// is open (the smallest or largest value the fact allows). Evaluated at both ends: a verdict is definite only if
/// both agree (ADR 0013).
/// </summary>
public sealed record IntegerRange
{
    /// <summary>Smallest possible value (inclusive); <c>null</c> = no lower bound.</summary>
    public int? Min { get; init; }

    /// <summary>Largest possible value (inclusive); <c>null</c> = no upper bound.</summary>
    public int? Max { get; init; }
}

/// <summary>
/// A date known only within bounds, e.g. entry "after 30.6.1999" = <c>{ "from": "1999-07-01" }</c>. A missing bound
/// is open. Evaluated at both ends: a verdict is definite only if both agree (ADR 0013).
/// </summary>
public sealed record DateRange
{
    /// <summary>Earliest possible date (inclusive); <c>null</c> = no lower bound.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Latest possible date (inclusive); <c>null</c> = no upper bound.</summary>
    public DateOnly? To { get; init; }
}
