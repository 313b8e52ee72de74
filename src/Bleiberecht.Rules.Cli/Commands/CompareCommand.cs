using System.Globalization;
using Bleiberecht.Rules.Analysis;
using Bleiberecht.Rules.Evaluation;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>
/// <c>bleiberecht compare --profile A [--profile B] &lt;file|dir&gt;</c>: the same cases under two rule sets (with one
/// profile, the base rule against it) — transition matrix, each changed member with the elements that flipped.
/// </summary>
internal static class CompareCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        var a = CliArgs.Parse(args, new HashSet<string>(), new HashSet<string> { "--profile", "--variant" });
        var specs = a.Ordered.Where(o => o.Option is "--profile" or "--variant").ToList();
        if (a.Positional.Count != 1 || specs.Count is < 1 or > 2)
        {
            throw new UsageException("usage: bleiberecht compare (--profile ID | --variant FILE) [(--profile ID | --variant FILE)] <file|dir>\n  with one rule set, the IMK 2006 base rule is A");
        }

        var ruleSets = specs.Select(s => s.Option == "--profile" ? RuleSets.Profile(s.Value) : RuleSets.Variant(s.Value)).ToList();
        var first = ruleSets.Count == 2 ? ruleSets[0] : RuleSet.Imk2006;
        var second = ruleSets[^1];
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
