using System.Globalization;
using Bleiberecht.Rules.Analysis;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Profiles;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>
/// <c>bleiberecht compare --profile A [--profile B] &lt;file|dir&gt;</c>: the same cases under two rule sets (with one
/// profile, the base rule against it) — transition matrix, each changed member with the elements that flipped.
/// </summary>
internal static class CompareCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        var a = CliArgs.Parse(args, new HashSet<string>(), new HashSet<string> { "--profile" });
        var profiles = a.All("--profile");
        if (a.Positional.Count != 1 || profiles.Count is < 1 or > 2)
        {
            throw new UsageException("usage: bleiberecht compare --profile A [--profile B] <file|dir>");
        }

        var first = profiles.Count == 2 ? RuleSets.Resolve(profiles[0], null) : RuleSet.Imk2006;
        var second = RuleSets.Resolve(profiles[^1], null);
        var result = VariantComparison.Compare(CaseFiles.Load(a.Positional[0]), first, second);

        string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
        stdout.WriteLine(F($"# {result.A} -> {result.B}: {result.Members} members, {result.Changed.Count} changed"));
        var outcomes = Enum.GetValues<Outcome>().Where(o => o != Outcome.Mixed).ToList();
        stdout.WriteLine(F($"{"A \\ B",-20}") + string.Concat(outcomes.Select(o => F($"{o,19}"))));
        foreach (var from in outcomes)
        {
            stdout.WriteLine(F($"{from,-20}") + string.Concat(outcomes.Select(to => F($"{result.Transitions.GetValueOrDefault((from, to)),19}"))));
        }

        stdout.WriteLine();
        stdout.WriteLine("Changed decisions (elements that flipped):");
        foreach (var c in result.Changed)
        {
            var flips = string.Join(", ", c.NewlyFailed.Select(id => "+" + id).Concat(c.NoLongerFailed.Select(id => "-" + id)));
            stdout.WriteLine(F($"  {c.CaseId} {c.PersonId}: {c.From} -> {c.To}  [{flips}]"));
        }

        stdout.WriteLine();
        stdout.WriteLine("Per element (+ fails only under B, - fails only under A):");
        foreach (var e in result.Attribution)
        {
            stdout.WriteLine(F($"  {e.ElementId,-40} +{e.NewlyFailed} -{e.NoLongerFailed}  ({e.Citations})"));
        }

        return 0;
    }
}
