using Bleiberecht.Rules.Evaluation;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>Resolves <c>--profile</c> / <c>--variant</c> to a rule set.</summary>
internal static class RuleSets
{
    public static RuleSet Resolve(string? profile, string? variant)
    {
        if (profile is null && variant is null)
        {
            return RuleSet.Imk2006;
        }

        throw new UsageException("--profile and --variant are not available yet: only the IMK 2006 base rule is implemented");
    }
}
