namespace Bleiberecht.Rules.Statistics.Data;

/// <summary>
/// Counting unit of a figure <b>as printed</b>. The study mixes persons, applications, families and
/// titles inside one passage (DQ-34, L354-378), so arithmetic must only combine equal units.
/// </summary>
public enum CountingUnit
{
    /// <summary>persons</summary>
    Persons,

    /// <summary>applications</summary>
    Applications,

    /// <summary>families</summary>
    Families,

    /// <summary>households (families and single persons mixed)</summary>
    Households,

    /// <summary>cases</summary>
    Cases,

    /// <summary>residence_permits</summary>
    ResidencePermits,

    /// <summary>residence_titles</summary>
    ResidenceTitles,

    /// <summary>duldungen</summary>
    Duldungen,

    /// <summary>percent</summary>
    Percent,

    /// <summary>ratio</summary>
    Ratio,

    /// <summary>rank</summary>
    Rank,

    /// <summary>list_position</summary>
    ListPosition,

    /// <summary>eur</summary>
    Eur,

    /// <summary>eur_per_month</summary>
    EurPerMonth,

    /// <summary>eur_per_hour</summary>
    EurPerHour,

    /// <summary>weeks</summary>
    Weeks,

    /// <summary>projects</summary>
    Projects,

    /// <summary>companies</summary>
    Companies,
}
