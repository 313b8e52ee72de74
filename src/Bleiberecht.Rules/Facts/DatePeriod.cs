using System.Text.Json.Serialization;

namespace Bleiberecht.Rules.Facts;

/// <summary>A closed period of calendar days; <see cref="To"/> is inclusive, <c>null</c> = still running.</summary>
public sealed record DatePeriod
{
    /// <summary>First day.</summary>
    public required DateOnly From { get; init; }

    /// <summary>Last day (inclusive), or <c>null</c> if the period has not ended.</summary>
    public DateOnly? To { get; init; }

    /// <summary>
    /// The period has ended, on a day that is not known (<see cref="To"/> is then <c>null</c>): an interruption with a
    /// known start and an unknown end. Judged at both ends — ended on its first day, or still running at the
    /// reference date (ADR 0013).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] // Absent unless set, so existing cases are written as before.
    public bool EndUnknown { get; init; }

    /// <summary>True if the day lies in the period.</summary>
    public bool Contains(DateOnly day) => day >= From && (To is null || day <= To);
}

/// <summary>A period with a given residence status.</summary>
public sealed record StatusPeriod
{
    /// <summary>First day.</summary>
    public required DateOnly From { get; init; }

    /// <summary>Last day (inclusive), or <c>null</c> if current.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The status held.</summary>
    public required ResidenceStatus Status { get; init; }
}

/// <summary>Residence status of a period.</summary>
public enum ResidenceStatus
{
    /// <summary>Suspension of deportation (§ 60a AufenthG).</summary>
    Duldung,

    /// <summary>Permission to stay during an asylum procedure.</summary>
    Gestattung,

    /// <summary>A humanitarian residence permit.</summary>
    HumanitarianPermit,

    /// <summary>Another residence title.</summary>
    OtherPermit,

    /// <summary>No status (unlawful stay).</summary>
    None,
}
