using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Variants;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>Resolves <c>--profile</c> / <c>--variant</c> to a rule set.</summary>
internal static class RuleSets
{
    /// <summary>The <c>--profile</c> value that picks each case's own Kommune or Land profile.</summary>
    public const string PerCase = "case";

    /// <summary>
    /// The rule set for each case: fixed, or with <c>--profile case</c> the profile of the case's own authority
    /// (its Kommune where the study details it, else its Land, else the base rule).
    /// </summary>
    public static Func<Household, RuleSet> Resolver(string? profile, string? variant, string? regime)
    {
        // --regime combines with --profile/--variant: the profile's practice under the chosen regime's law.
        // A direct § 104a application (or an extension, Abs. 5) is a case of its own, decided under its regime whatever the run's.
        var under = RegimesCommand.Find(regime ?? Regimes.Regime.Imk2006.Id);
        var inner = Resolver(profile, variant);
        var built = new Dictionary<(RuleSet, ApplicationBasis?), RuleSet>();
        return h =>
        {
            var rs = inner(h);

            // A direct § 104a application and an extension application (§ 104a Abs. 5) are cases of their own.
            ApplicationBasis? direct = h.ApplicationUnder is ApplicationBasis.S104a or ApplicationBasis.S104aExtension ? h.ApplicationUnder : null;
            if (direct is null && ReferenceEquals(under, Regimes.Regime.Imk2006))
            {
                return rs;
            }

            return built.TryGetValue((rs, direct), out var done) ? done : built[(rs, direct)] = direct is not null ? rs.ForCase(h) : rs.Under(under);
        };
    }

    /// <summary>As <see cref="Resolver(string?, string?, string?)"/> under the IMK regime.</summary>
    public static Func<Household, RuleSet> Resolver(string? profile, string? variant)
    {
        if (profile is not null && string.Equals(profile, PerCase, StringComparison.OrdinalIgnoreCase))
        {
            if (variant is not null)
            {
                throw new UsageException("give either --profile or --variant (a variant names its own baseline in basedOn)");
            }

            var built = new Dictionary<string, RuleSet>(StringComparer.Ordinal);
            return h => ProfileCatalog.ForCase(h) is { } p
                ? built.TryGetValue(p.Id, out var rs) ? rs : built[p.Id] = ProfileCatalog.ToRuleSet(p)
                : RuleSet.Imk2006;
        }

        var fixedSet = Resolve(profile, variant);
        return _ => fixedSet;
    }

    public static RuleSet Resolve(string? profile, string? variant)
    {
        if (variant is not null && profile is not null)
        {
            throw new UsageException("give either --profile or --variant (a variant names its own baseline in basedOn)");
        }

        if (variant is not null)
        {
            return Variant(variant);
        }

        if (profile is null)
        {
            return RuleSet.Imk2006;
        }

        return Profile(profile);
    }

    /// <summary>A Land or Kommune profile's rule set; unknown ids give a usage error with suggestions.</summary>
    public static RuleSet Profile(string profile)
    {
        var found = ProfileCatalog.Find(profile) ?? throw ProfilesCommand.Unknown(profile);
        return ProfileCatalog.ToRuleSet(found);
    }

    /// <summary>A variant file's rule set; an invalid file raises the loader's error with every problem.</summary>
    public static RuleSet Variant(string path)
    {
        // Read through the input checks: a regular file of bounded size in strict UTF-8.
        var document = Input.InputDocument.File(path);
        return VariantLoader.Load(document.ReadText(), document.Name).ToRuleSet();
    }
}
