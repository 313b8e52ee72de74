namespace Bleiberecht.Rules.Regimes;

/// <summary>Whom an element of a regime is about.</summary>
public enum ElementLevel
{
    /// <summary>The household as a unit (application, housing, livelihood, school of the children).</summary>
    Household,

    /// <summary>Each member on their own (scope, residence time, exclusion grounds, passport).</summary>
    Member,
}
