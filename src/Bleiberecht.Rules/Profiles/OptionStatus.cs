namespace Bleiberecht.Rules.Profiles;

/// <summary>How a profile's value for an option was established.</summary>
public enum OptionStatus
{
    /// <summary>The source states the value for this Land or Kommune (even where it equals the base).</summary>
    Stated,

    /// <summary>The source says explicitly that the resolution's own rule applies (e.g. BY, Punkt 9): the base is kept.</summary>
    KeptBase,
}
