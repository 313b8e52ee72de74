using System.CommandLine;
using System.Globalization;
using Bleiberecht.Rules.Analysis;
using Bleiberecht.Rules.Cli.Input;
using Bleiberecht.Rules.Cli.Output;
using Bleiberecht.Rules.Evaluation;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>
/// <c>bleiberecht compare --profile A [--profile B] &lt;inputs&gt; [--json]</c>: the same cases under two rule sets (with
/// one, the base rule against it) — transition matrix, each changed member with the elements that flipped.
/// <c>--regime</c> compares across regimes: <c>compare --regime s104a samples</c> is the IMK base against § 104a on the
/// same households, the grounds of each side attributed to the elements of its own regime.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliIo io)
    {
        var inputs = CommonOptions.Inputs();
        var profile = new Option<string[]>("--profile") { Description = "a Land or Kommune profile as rule set A or B (in the order given, mixed with --variant)", HelpName = "ID", AllowMultipleArgumentsPerToken = false };
        var variant = new Option<string[]>("--variant") { Description = "a rule-variant file as rule set A or B", HelpName = "FILE" };
        var regime = new Option<string[]>("--regime")
        {
            Description = "the regime of A and B: once (B under it; A as given or the IMK base) or twice (A under the first, B under the second, the same rule set); imk2006 | s104a | s104a-extension",
            HelpName = "imk2006|s104a|s104a-extension",
        };
        var json = CommonOptions.Json("comparison (transitions, changed members, per-element counts)");
        var decisionDate = WhatIfDecisionDate.Option();
        var command = new CliCommand("compare", "Outcome transitions between two rule sets and the elements that flipped; with one rule set, the IMK 2006 base rule is A.")
        {
            Examples =
            [
                "bleiberecht compare --profile SL --profile BY samples",
                "bleiberecht compare --variant samples/variants/berlin-child-age-one.json samples",
                "bleiberecht compare --profile BE --variant samples/variants/berlin-child-age-one.json samples --json",
                "bleiberecht compare --regime s104a samples                     # IMK base vs § 104a on the same households",
                "bleiberecht compare --profile BY --regime imk2006 --regime s104a samples",
                "bleiberecht compare --regime s104a samples --decision-date 2007-09-15   # what-if: all decided that day",
            ],
        };
        command.Add(inputs);
        command.Add(profile);
        command.Add(variant);
        command.Add(regime);
        command.Add(json);
        command.Add(decisionDate);
        command.SetAction(r =>
        {
            // "A then B" is the order on the command line across both options, so read it from the tokens.
            var specs = Ordered(r, (profile, "--profile"), (variant, "--variant"));
            return Run(io, r.GetValue(inputs)!, specs, r.GetValue(regime) ?? [], r.GetValue(json), WhatIfDecisionDate.Parse(r.GetValue(decisionDate)));
        });
        return command;
    }

    private static List<(string Option, string Value)> Ordered(ParseResult r, params (Option<string[]> Option, string Name)[] options)
    {
        var tokens = r.Tokens.ToList();
        var found = new List<(int At, string Option, string Value)>();
        foreach (var (option, name) in options)
        {
            if (r.GetResult(option) is { } result)
            {
                foreach (var t in result.Tokens)
                {
                    found.Add((tokens.FindIndex(x => ReferenceEquals(x, t)), name, t.Value));
                }
            }
        }

        return found.OrderBy(f => f.At).Select(f => (f.Option, f.Value)).ToList();
    }

    private static int Run(CliIo io, IReadOnlyList<string> inputs, List<(string Option, string Value)> specs, string[] regimes, bool json, DateOnly? decisionDate)
    {
        if (regimes.Length > 2)
        {
            throw new UsageException("compare: give --regime at most twice (A and B)");
        }

        var under = regimes.Select(RegimesCommand.Find).ToList();
        if (specs.Count > 2 || (specs.Count == 0 && under.Count == 0) || (under.Count == 2 && specs.Count == 2))
        {
            throw new UsageException("compare: give one or two rule sets (--profile ID | --variant FILE), or --regime for the same rule set under two regimes; with one, the IMK 2006 base rule is A");
        }

        var ruleSets = specs.Select(s => s.Option == "--profile" ? RuleSets.Profile(s.Value) : RuleSets.Variant(s.Value)).ToList();
        RuleSet first, second;
        if (under.Count == 2)
        {
            // The same rule set (or the base) under two regimes: what changes is the law, not the practice.
            var rs = ruleSets.Count == 1 ? ruleSets[0] : RuleSet.Imk2006;
            (first, second) = (rs.Under(under[0]), rs.Under(under[1]));
        }
        else
        {
            first = ruleSets.Count == 2 ? ruleSets[0] : RuleSet.Imk2006;
            second = ruleSets.Count == 0 ? RuleSet.Imk2006 : ruleSets[^1];
            if (under.Count == 1)
            {
                second = second.Under(under[0]);
                first = ruleSets.Count == 2 ? first.Under(under[0]) : first;
            }
        }

        var documents = CaseSources.Resolve(inputs, io.OpenStdin);
        // A direct § 104a application or an extension application is a case of its own on either side, decided under
        // its regime as `evaluate` decides it (RuleSet.ForCase), whatever regime the side names.
        var cases = CaseSources.ReadAll(documents).Select(h => WhatIfDecisionDate.Apply(h, decisionDate)).ToList();
        var result = VariantComparison.Compare(cases, first, second, static (h, side) => side.ForCase(h));
        var outcomes = Enum.GetValues<Outcome>().Where(o => o != Outcome.Mixed).ToList();
        if (json)
        {
            WriteJson(io.Out, result, outcomes, decisionDate);
            return ExitCodes.Ok;
        }

        var stdout = io.Out;
        string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

        // Each column is as wide as its name plus two spaces, so that adjacent names never run together
        // ("JobSearchDuldung  StatutoryPermit104a"), and at least 7 for the counts.
        var widths = outcomes.Select(o => Math.Max(7, o.ToString().Length) + 2).ToList();
        if (decisionDate is { } whatIf)
        {
            stdout.WriteLine("# " + WhatIfDecisionDate.Label(whatIf));
        }

        stdout.WriteLine(F($"# {result.A} -> {result.B}: {result.Members} members, {result.Changed.Count} changed"));
        stdout.WriteLine(F($"{"A \\ B",-20}") + string.Concat(outcomes.Select((o, i) => o.ToString().PadLeft(widths[i]))));
        foreach (var from in outcomes)
        {
            stdout.WriteLine(F($"{from,-20}") + string.Concat(outcomes.Select((to, i) => result.Transitions.GetValueOrDefault((from, to)).ToString(CultureInfo.InvariantCulture).PadLeft(widths[i]))));
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

        return ExitCodes.Ok;
    }

    private static void WriteJson(TextWriter output, VariantComparison result, List<Outcome> outcomes, DateOnly? decisionDate)
    {
        using var writer = new Utf8JsonTextWriter(output);
        var w = writer.Json;
        w.WriteStartObject();
        if (decisionDate is { } whatIf)
        {
            // Labelled first, so that no reader takes the what-if for the cases' own decisions.
            w.WriteStartObject("whatIf");
            w.WriteString("decisionDate", whatIf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("note", WhatIfDecisionDate.Label(whatIf));
            w.WriteEndObject();
        }

        w.WriteString("a", result.A);
        w.WriteString("b", result.B);
        w.WriteNumber("members", result.Members);
        w.WriteStartArray("transitions");
        foreach (var from in outcomes)
        {
            foreach (var to in outcomes)
            {
                if (result.Transitions.GetValueOrDefault((from, to)) is > 0 and var n)
                {
                    w.WriteStartObject();
                    w.WriteString("from", from.ToString());
                    w.WriteString("to", to.ToString());
                    w.WriteNumber("members", n);
                    w.WriteEndObject();
                }
            }
        }

        w.WriteEndArray();
        w.WriteStartArray("changed");
        foreach (var c in result.Changed)
        {
            w.WriteStartObject();
            w.WriteString("caseId", c.CaseId);
            w.WriteString("personId", c.PersonId);
            w.WriteString("from", c.From.ToString());
            w.WriteString("to", c.To.ToString());
            WriteStrings(w, "newlyFailed", c.NewlyFailed);
            WriteStrings(w, "noLongerFailed", c.NoLongerFailed);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("attribution");
        foreach (var e in result.Attribution)
        {
            w.WriteStartObject();
            w.WriteString("elementId", e.ElementId);
            w.WriteNumber("newlyFailed", e.NewlyFailed);
            w.WriteNumber("noLongerFailed", e.NoLongerFailed);
            w.WriteString("citations", e.Citations);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteStrings(System.Text.Json.Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
