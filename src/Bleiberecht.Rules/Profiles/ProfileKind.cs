namespace Bleiberecht.Rules.Profiles;

/// <summary>Whether a <see cref="LandProfile"/> describes a Land or a Kommune (an Ausländerbehörde's district).</summary>
public enum ProfileKind
{
    /// <summary>One of the 16 Länder (id = ISO 3166-2:DE suffix, e.g. <c>BY</c>).</summary>
    Land,

    /// <summary>A Kommune or Landkreis (id = Land code and name, e.g. <c>NW-Wuppertal</c>); it inherits its Land's values.</summary>
    Kommune,
}
