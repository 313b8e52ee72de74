namespace Bleiberecht.Rules.Statistics.Data;

/// <summary>Granularity of a printed reference date.</summary>
public enum ReferenceDatePrecision
{
    /// <summary>A calendar day (ISO <c>2007-09-30</c>).</summary>
    Day,

    /// <summary>A month (<c>2007-10</c>).</summary>
    Month,

    /// <summary>A year (<c>2006</c>).</summary>
    Year,

    /// <summary>An interval (<c>2007-04/2007-06</c>, <c>1991/2003</c>).</summary>
    Interval,

    /// <summary>The printed date is not a valid date ("31.6.2007", "1.9..2007"); kept verbatim (DQ-32).</summary>
    Invalid,
}
