using Bleiberecht.Rules.Variants;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary><c>bleiberecht validate &lt;variant.json&gt;</c>: exit 0 and a summary when valid, exit 2 with every problem otherwise.</summary>
internal static class ValidateCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        var a = CliArgs.Parse(args, new HashSet<string>(), new HashSet<string>());
        if (a.Positional.Count != 1)
        {
            throw new UsageException("usage: bleiberecht validate <variant.json>");
        }

        if (!File.Exists(a.Positional[0]))
        {
            throw new UsageException($"no such file: {a.Positional[0]}");
        }

        var variant = VariantLoader.LoadFile(a.Positional[0]);
        var ruleSet = variant.ToRuleSet();
        stdout.WriteLine($"valid: {ruleSet.Name} — {ruleSet.Description}");
        foreach (var (id, value) in variant.Overrides.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            stdout.WriteLine($"  {id} = {value.GetRawText()}");
        }

        return 0;
    }
}
