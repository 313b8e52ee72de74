using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Variants;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>Resolves <c>--profile</c> / <c>--variant</c> to a rule set.</summary>
internal static class RuleSets
{
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
        if (!File.Exists(path))
        {
            throw new UsageException($"no such variant file: {path}");
        }

        return VariantLoader.LoadFile(path).ToRuleSet();
    }
}
