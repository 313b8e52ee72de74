using System.Globalization;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Serialization;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>
/// <c>bleiberecht evaluate &lt;file|dir&gt; [--json] [--profile ID|case] [--variant FILE]</c>: one line per case and
/// person; <c>--profile case</c> decides each case under its own Kommune's or Land's profile.
/// </summary>
internal static class EvaluateCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        var a = CliArgs.Parse(args, new HashSet<string> { "--json" }, new HashSet<string> { "--profile", "--variant" });
        if (a.Positional.Count != 1)
        {
            throw new UsageException("usage: bleiberecht evaluate <file|dir> [--json] [--profile ID] [--variant FILE]");
        }

        var ruleSetFor = RuleSets.Resolver(a.Value("--profile"), a.Value("--variant"));
        var cases = CaseFiles.Load(a.Positional[0]);
        var decisions = cases.Select(c => Evaluator.Evaluate(c, ruleSetFor(c))).ToList();
        if (a.Has("--json"))
        {
            stdout.WriteLine(CaseJson.Write(decisions));
            return 0;
        }

        foreach (var used in decisions.Select(d => d.RuleSet).Distinct())
        {
            var rs = ruleSetFor(cases[decisions.FindIndex(d => d.RuleSet == used)]);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# rule set {rs.Name}: {rs.Description}"));
        }

        var width = Math.Max(4, decisions.Count == 0 ? 0 : decisions.Max(d => d.CaseId.Length));
        var rulesWidth = Math.Max(5, decisions.Count == 0 ? 0 : decisions.Max(d => d.RuleSet.Length));
        string Row(string c, string p, string o, string u, string rules, string why) => string.Create(CultureInfo.InvariantCulture, $"{c.PadRight(width)} {p,-12} {o,-20} {u,-11} {rules.PadRight(rulesWidth)} {why}");
        stdout.WriteLine(Row("case", "person", "outcome", "valid until", "rules", "grounds / missing facts"));
        foreach (var d in decisions)
        {
            foreach (var p in d.Members)
            {
                var why = p.Outcome == Outcome.Pending
                    ? "missing: " + string.Join(", ", p.Missing.Select(m => m.Path))
                    : string.Join(", ", p.Grounds);
                var until = p.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
                stdout.WriteLine(Row(d.CaseId, p.PersonId, p.Outcome.ToString(), until, d.RuleSet, why));
            }
        }

        var counts = decisions.GroupBy(d => d.Outcome).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}={g.Count()}"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {decisions.Count} households: {string.Join(" ", counts)}"));
        return 0;
    }
}
