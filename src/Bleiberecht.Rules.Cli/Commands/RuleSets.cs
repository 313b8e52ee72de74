using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Profiles;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>Resolves <c>--profile</c> / <c>--variant</c> to a rule set.</summary>
internal static class RuleSets
{
    public static RuleSet Resolve(string? profile, string? variant)
    {
        if (variant is not null)
        {
            throw new UsageException("--variant is not available yet: only the IMK 2006 base rule and --profile are implemented");
        }

        if (profile is null)
        {
            return RuleSet.Imk2006;
        }

        var found = ProfileCatalog.Find(profile) ?? throw ProfilesCommand.Unknown(profile);
        return ProfileCatalog.ToRuleSet(found);
    }
}
