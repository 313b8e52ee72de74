using System.Globalization;
using System.Text;
using System.Text.Json;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Options;

namespace Bleiberecht.Rules.Profiles;

/// <summary>
/// The 16 Land and the Kommune profiles, lazily loaded once from the embedded <c>profiles.json</c> (immutable), and
/// their rule sets: <see cref="ImkOptions.Base"/> with the profile's (inherited) values applied.
/// </summary>
public static class ProfileCatalog
{
    internal const string ResourceName = "Bleiberecht.Rules.Profiles.Data.profiles.json";

    private static readonly Lazy<IReadOnlyList<LandProfile>> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>All profiles as in profiles.json: the 16 Länder, then the Kommunen.</summary>
    public static IReadOnlyList<LandProfile> All => Loaded.Value;

    /// <summary>
    /// The profile with this id, case-insensitively (<c>by</c>, <c>NW-Wuppertal</c>), or by name (<c>Bayern</c>,
    /// <c>München</c>, <c>Muenchen</c>, <c>Oder-Spree</c>, <c>Freiburg</c>); null if none matches. Exact ids win over names.
    /// </summary>
    public static LandProfile? Find(string idOrName)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        var exact = All.FirstOrDefault(p => string.Equals(p.Id, idOrName.Trim(), StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        var key = Normalise(idOrName);
        if (key.Length == 0)
        {
            return null;
        }

        return All.FirstOrDefault(p => Keys(p).Contains(key, StringComparer.Ordinal));
    }

    /// <summary>
    /// The profile of a case's own authority: the Kommune's profile where the study details that Kommune in the case's
    /// Land, else the Land's profile, else <c>null</c> (no Land given, or not one of the 16).
    /// </summary>
    public static LandProfile? ForCase(Facts.Household household)
    {
        ArgumentNullException.ThrowIfNull(household);
        if (household.Land is not { Length: > 0 } land)
        {
            return null;
        }

        if (household.Kommune is { Length: > 0 } kommune
            && Find(kommune) is { Kind: ProfileKind.Kommune } local
            && string.Equals(local.Land, land, StringComparison.OrdinalIgnoreCase))
        {
            return local;
        }

        return Find(land) is { Kind: ProfileKind.Land } state ? state : null;
    }

    /// <summary>Up to <paramref name="max"/> profile ids close to <paramref name="idOrName"/> (for "did you mean").</summary>
    public static IReadOnlyList<string> Suggest(string idOrName, int max = 5)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        var key = Normalise(idOrName);
        if (key.Length == 0)
        {
            return [];
        }

        return All
            .Select(p => (p.Id, Score: Keys(p).Min(k => k.Contains(key, StringComparison.Ordinal) || key.Contains(k, StringComparison.Ordinal)
                ? 0
                : EditDistance.Between(k, key))))
            .Where(x => x.Score <= Math.Max(2, key.Length / 3))
            .OrderBy(x => x.Score)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Id)
            .ToList();
    }

    /// <summary>
    /// The profile with its Land's values merged in (<see cref="LandProfile.Inherited"/>); a Land profile is returned unchanged.
    /// </summary>
    public static LandProfile Resolve(LandProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Kind == ProfileKind.Land)
        {
            return profile;
        }

        var land = All.FirstOrDefault(p => p.Kind == ProfileKind.Land && string.Equals(p.Id, profile.Land, StringComparison.OrdinalIgnoreCase))
            ?? throw new ProfileDataException(null, $"profile {profile.Id}: its Land {profile.Land} has no profile");
        return profile.Inherited(land);
    }

    /// <summary>
    /// The option ids of the catalogue that <paramref name="profile"/> (with inheritance) does not state: they keep
    /// the base. Unlike a <see cref="OptionStatus.KeptBase"/> value, the source says nothing about them.
    /// </summary>
    public static IReadOnlyList<string> NotStated(LandProfile profile)
    {
        var resolved = Resolve(profile);
        return OptionCatalog.All.Where(d => resolved.Find(d.Id) is null).Select(d => d.Id).ToList();
    }

    /// <summary>
    /// The rule set of a profile by id or name (<c>BY</c>, <c>Bayern</c>, <c>NW-Wuppertal</c>), or the base rule for
    /// <c>base</c> / <c>IMK-2006</c> — for scripts and notebooks: <c>Evaluator.Evaluate(h, ProfileCatalog.RuleSetFor("BY"))</c>.
    /// </summary>
    /// <exception cref="ArgumentException">No such profile; the message suggests the closest ids.</exception>
    public static RuleSet RuleSetFor(string idOrName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrName);
        if (Variants.RuleVariant.BaseIds.Contains(idOrName.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            return Evaluation.RuleSet.Imk2006;
        }

        if (Find(idOrName) is { } profile)
        {
            return ToRuleSet(profile);
        }

        var suggestions = Suggest(idOrName);
        throw new ArgumentException($"unknown profile '{idOrName}'" + (suggestions.Count > 0 ? "; did you mean " + string.Join(", ", suggestions) + "?" : string.Empty), nameof(idOrName));
    }

    /// <summary>
    /// The rule set of <paramref name="profile"/>, named by its id: <see cref="ImkOptions.Base"/> with every stated
    /// group (a) value applied (a Kommune's own values over its Land's). Options not stated keep the base; a
    /// <see cref="OptionStatus.KeptBase"/> value also keeps the base (the resolution's own rule) but, unlike an
    /// absent one, is cited. Group (b) values are data only. Citations are the applied and kept values' lines.
    /// A new <see cref="ImkOptions"/> is built; the baseline is never mutated.
    /// </summary>
    public static RuleSet ToRuleSet(LandProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var resolved = Resolve(profile);
        var options = ImkOptions.Base;
        var citations = new List<Citation>();
        var applied = 0;
        var kept = 0;
        foreach (var value in resolved.Values)
        {
            if (!OptionApplier.IsApplied(value.OptionId))
            {
                // Group (b): recorded on the options for simulation and explanation; no rule element reads it.
                options = OptionApplier.Apply(options, value);
                continue;
            }

            if (value.Status == OptionStatus.KeptBase)
            {
                kept++;
            }
            else
            {
                options = OptionApplier.Apply(options, value);
                applied++;
            }

            if (value.Lines is { } lines && !citations.Contains(lines))
            {
                citations.Add(lines);
            }
        }

        var kind = profile.Kind == ProfileKind.Land ? "Land" : $"Kommune in {profile.Land}";
        var kindEn = profile.Kind == ProfileKind.Land ? "Land" : $"municipality in {profile.Land}";
        var description = string.Create(CultureInfo.InvariantCulture,
            $"IMK-Beschluss vom 17.11.2006 mit der Praxis von {profile.Name} ({kind}): {applied} Option(en) angewandt, {kept} ausdrücklich Basisregel, übrige Basis");
        var english = string.Create(CultureInfo.InvariantCulture,
            $"IMK resolution of 17.11.2006 with the practice of {profile.Name} ({kindEn}): {applied} option(s) applied, {kept} explicitly kept at the base rule, the rest base");
        return new RuleSet(profile.Id, description, options, citations.AsReadOnly())
        {
            Title = new Label(description, english),
            DatedOptions = DatedPractice.For(resolved, options),
            OptionSources = Sources(resolved),
        };
    }

    /// <summary>Where each stated or kept value of a resolved profile comes from, with the date of the decree it rests on.</summary>
    private static IReadOnlyDictionary<string, OptionSource> Sources(LandProfile resolved)
    {
        var sources = new Dictionary<string, OptionSource>(StringComparer.Ordinal);
        foreach (var value in resolved.Values)
        {
            var statedBy = Find(value.StatedBy) ?? resolved;
            sources[value.OptionId] = new OptionSource(value.OptionId, value.StatedBy, value.Lines, DecreeDate(statedBy, value.Lines), value.Status == OptionStatus.KeptBase);
        }

        return new System.Collections.ObjectModel.ReadOnlyDictionary<string, OptionSource>(sources);
    }

    /// <summary>The latest exactly dated decree of <paramref name="profile"/> whose cited lines overlap <paramref name="lines"/>.</summary>
    private static DateOnly? DecreeDate(LandProfile profile, Citation? lines)
    {
        if (lines is null)
        {
            return null;
        }

        var ranges = LineRanges(lines.Reference);
        return profile.Decrees
            .Where(d => d.Date is not null && d.Lines is not null && LineRanges(d.Lines.Reference).Any(r => ranges.Any(v => r.From <= v.To && v.From <= r.To)))
            .Max(d => d.Date);
    }

    private static List<(int From, int To)> LineRanges(string reference) =>
        [.. System.Text.RegularExpressions.Regex.Matches(reference, @"L(\d+)(?:-(\d+))?", System.Text.RegularExpressions.RegexOptions.CultureInvariant)
            .Select(m => (From: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), To: int.Parse(m.Groups[m.Groups[2].Success ? 2 : 1].Value, CultureInfo.InvariantCulture)))];

    private static string[] Keys(LandProfile p)
    {
        var name = Normalise(p.Name);
        var keys = new List<string> { Normalise(p.Id), name };
        var dash = p.Id.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            keys.Add(Normalise(p.Id[(dash + 1)..]));
        }

        foreach (var prefix in new[] { "landkreis", "kreis", "stadt" })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length)
            {
                keys.Add(name[prefix.Length..]);
            }
        }

        var firstWord = p.Name.Split(' ', '-')[0];
        if (p.Kind == ProfileKind.Kommune && firstWord is not ("Landkreis" or "Kreis"))
        {
            keys.Add(Normalise(firstWord));
        }

        return [.. keys.Distinct(StringComparer.Ordinal)];
    }

    private static string Normalise(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Trim().ToLowerInvariant())
        {
            switch (c)
            {
                case 'ä': sb.Append("ae"); break;
                case 'ö': sb.Append("oe"); break;
                case 'ü': sb.Append("ue"); break;
                case 'ß': sb.Append("ss"); break;
                default:
                    if (char.IsAsciiLetterOrDigit(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    private static IReadOnlyList<LandProfile> Load()
    {
        using var stream = typeof(ProfileCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var doc = JsonDocument.Parse(stream);
        var result = new List<LandProfile>();
        foreach (var p in doc.RootElement.GetProperty("profiles").EnumerateArray())
        {
            var id = ProfileJson.RequiredString(p, "id");
            var kindText = ProfileJson.RequiredString(p, "kind");
            if (!Enum.TryParse<ProfileKind>(kindText, ignoreCase: false, out var kind))
            {
                throw new ProfileDataException(null, $"profile {id}: unknown kind '{kindText}' (expected Land or Kommune)");
            }

            var decrees = new List<Decree>();
            if (p.TryGetProperty("decrees", out var ds) && ds.ValueKind == JsonValueKind.Array)
            {
                foreach (var d in ds.EnumerateArray())
                {
                    decrees.Add(new Decree(
                        ProfileJson.IsoDate(ProfileJson.OptionalString(d, "date")),
                        ProfileJson.OptionalString(d, "dateText") ?? string.Empty,
                        ProfileJson.OptionalString(d, "kind") ?? string.Empty,
                        ProfileJson.OptionalString(d, "title") ?? string.Empty,
                        ProfileJson.Lines(d, "lines")));
                }
            }

            var values = new List<OptionValue>();
            if (p.TryGetProperty("options", out var os) && os.ValueKind == JsonValueKind.Object)
            {
                foreach (var o in os.EnumerateObject())
                {
                    var def = OptionCatalog.Find(o.Name)
                        ?? throw new ProfileDataException(o.Name, $"profile {id}: unknown option id (not in options-catalogue.json)");
                    var statusText = ProfileJson.RequiredString(o.Value, "status");
                    if (!Enum.TryParse<OptionStatus>(statusText, ignoreCase: false, out var status))
                    {
                        throw new ProfileDataException(def.Id, $"profile {id}: unknown status '{statusText}' (expected Stated or KeptBase)");
                    }

                    values.Add(new OptionValue(
                        def.Id,
                        o.Value.TryGetProperty("value", out var v) ? v.Clone() : default,
                        status,
                        ProfileJson.Lines(o.Value, "lines"),
                        ProfileJson.OptionalString(o.Value, "quote"),
                        ProfileJson.OptionalBool(o.Value, "practice"),
                        ProfileJson.OptionalString(o.Value, "note"),
                        id));
                }
            }

            values.Sort((a, b) => string.CompareOrdinal(OptionCatalog.SortKey(a.OptionId), OptionCatalog.SortKey(b.OptionId)));
            result.Add(new LandProfile(
                id,
                kind,
                ProfileJson.RequiredString(p, "name"),
                ProfileJson.RequiredString(p, "land"),
                ProfileJson.Lines(p, "lines"),
                decrees.AsReadOnly(),
                values.AsReadOnly(),
                ProfileJson.Strings(p, "notes")));
        }

        return result.AsReadOnly();
    }
}
