using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Serialization;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary><c>bleiberecht explain &lt;file&gt; [--lang de|en] [--json] [--profile ID] [--variant FILE]</c>: the tree with citations.</summary>
internal static class ExplainCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        var a = CliArgs.Parse(args, new HashSet<string> { "--json" }, new HashSet<string> { "--lang", "--profile", "--variant" });
        if (a.Positional.Count != 1)
        {
            throw new UsageException("usage: bleiberecht explain <file> [--lang de|en] [--json] [--profile ID] [--variant FILE]");
        }

        var language = (a.Value("--lang") ?? "de") switch
        {
            "de" => Language.De,
            "en" => Language.En,
            var other => throw new UsageException($"--lang must be de or en, not '{other}'"),
        };
        var ruleSetFor = RuleSets.Resolver(a.Value("--profile"), a.Value("--variant"));
        var decisions = CaseFiles.Load(a.Positional[0]).Select(c => Evaluator.Evaluate(c, ruleSetFor(c))).ToList();
        if (a.Has("--json"))
        {
            stdout.WriteLine(CaseJson.Write(decisions));
            return 0;
        }

        foreach (var d in decisions)
        {
            stdout.WriteLine($"== {d.CaseId} — {d.Outcome} ({d.RuleSet})");
            stdout.Write(TextRenderer.Render(d.Explanation, language));
            if (d.Missing.Count > 0)
            {
                stdout.WriteLine(language == Language.De ? "Noch zu klären:" : "To establish:");
                foreach (var m in d.Missing)
                {
                    stdout.WriteLine($"  - {m.Path}: {m.Question.In(language)}");
                }
            }

            stdout.WriteLine();
        }

        return 0;
    }
}
