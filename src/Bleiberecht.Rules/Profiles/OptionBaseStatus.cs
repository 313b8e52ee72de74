namespace Bleiberecht.Rules.Profiles;

/// <summary>Where the base value of an option comes from (options-catalogue.json, <c>baseStatus</c>).</summary>
public enum OptionBaseStatus
{
    /// <summary>The source states the base.</summary>
    Stated,

    /// <summary>Our own inference from the source ([derived]).</summary>
    Derived,

    /// <summary>General legal knowledge the source does not print ([background]).</summary>
    Background,

    /// <summary>The source does not specify a base.</summary>
    Unspecified,
}
