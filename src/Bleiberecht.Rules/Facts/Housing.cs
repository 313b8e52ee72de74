namespace Bleiberecht.Rules.Facts;

/// <summary>Housing of the household (element <c>IMK.Integration.Housing</c>, L3547).</summary>
public sealed record Housing
{
    /// <summary>The authority has found the housing sufficient (ausreichender Wohnraum).</summary>
    public bool? Sufficient { get; init; }

    /// <summary>The household lives in a communal shelter (Gemeinschaftsunterkunft), L3199-3201.</summary>
    public bool? CommunalShelter { get; init; }
}
