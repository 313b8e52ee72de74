using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Profiles;

/// <summary>
/// How one Land or Kommune used the discretion of the IMK resolution (an entry of profiles.json). Only the values
/// the source states are held; an option absent from <see cref="Values"/> is "not stated" and keeps the base (for a
/// Kommune: its Land's value, see <see cref="Inherited"/>).
/// </summary>
/// <param name="Id">Profile id: a Land code (<c>BY</c>) or <c>Land-Name</c> for a Kommune (<c>NW-Wuppertal</c>).</param>
/// <param name="Kind">Land or Kommune.</param>
/// <param name="Name">Display name, e.g. <c>Bayern</c>, <c>München</c>.</param>
/// <param name="Land">The Land code (the profile's own id for a Land).</param>
/// <param name="Lines">The chapter or case study in the source, if given.</param>
/// <param name="Decrees">The profile's own decrees and instructions.</param>
/// <param name="Values">The stated values, in catalogue order.</param>
/// <param name="Notes">Values the source gives that the option types cannot hold, and other caveats.</param>
public sealed record LandProfile(
    string Id,
    ProfileKind Kind,
    string Name,
    string Land,
    Citation? Lines,
    IReadOnlyList<Decree> Decrees,
    IReadOnlyList<OptionValue> Values,
    IReadOnlyList<string> Notes)
{
    /// <summary>The value stated for <paramref name="optionId"/> (case-insensitive), or null if not stated.</summary>
    public OptionValue? Find(string optionId) =>
        Values.FirstOrDefault(v => string.Equals(v.OptionId, optionId, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// This profile with the values of <paramref name="land"/> it does not state itself: a Kommune inherits its
    /// Land's values and overrides them with its own. A Land profile, or a null <paramref name="land"/>, returns
    /// this profile unchanged. Decrees and notes stay the profile's own; each value's
    /// <see cref="OptionValue.StatedBy"/> tells where it comes from. Returns a new record; nothing is mutated.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="land"/> is not this Kommune's Land.</exception>
    public LandProfile Inherited(LandProfile? land)
    {
        if (Kind == ProfileKind.Land || land is null)
        {
            return this;
        }

        if (land.Kind != ProfileKind.Land || !string.Equals(land.Id, Land, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"profile {land.Id} is not the Land of {Id} ({Land})", nameof(land));
        }

        var own = new HashSet<string>(Values.Select(v => v.OptionId), StringComparer.Ordinal);
        var merged = Values.Concat(land.Values.Where(v => !own.Contains(v.OptionId)))
            .OrderBy(v => OptionCatalog.SortKey(v.OptionId), StringComparer.Ordinal)
            .ToList();
        return this with { Values = merged.AsReadOnly() };
    }
}
