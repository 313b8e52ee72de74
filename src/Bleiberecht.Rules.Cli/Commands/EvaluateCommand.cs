using System.CommandLine;
using System.Globalization;
using Bleiberecht.Rules.Cli.Input;
using Bleiberecht.Rules.Cli.Output;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>
/// <c>bleiberecht evaluate &lt;inputs&gt; [--json|--jsonl] [--explanations none|failed|full] [--profile ID|case]
/// [--variant FILE]</c>: one line per case and person; <c>--profile case</c> decides each case under its own
/// Kommune's or Land's profile. JSON output streams household by household.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliIo io)
    {
        var inputs = CommonOptions.Inputs();
        var json = CommonOptions.Json("decisions (with explanation trees unless --explanations says otherwise)");
        var jsonl = CommonOptions.JsonLines();
        var explanations = CommonOptions.Explanations(ExplanationDetail.Full);
        var noExplanations = CommonOptions.NoExplanations();
        var profile = CommonOptions.Profile();
        var variant = CommonOptions.Variant();
        var regime = RegimesCommand.Option();
        var decisionDate = WhatIfDecisionDate.Option();
        var command = new CliCommand("evaluate", "Decide every case: one line per case and person with outcome, validity and the failing elements or missing facts.")
        {
            Examples =
            [
                "bleiberecht evaluate samples",
                "bleiberecht evaluate samples --profile BY",
                "bleiberecht evaluate samples --regime s104a            # under § 104a AufenthG",
                "bleiberecht evaluate samples --profile case            # each case under its own Kommune/Land",
                "bleiberecht evaluate samples/0*.json --json --no-explanations",
                "cat case.json | bleiberecht evaluate - --jsonl",
                "bleiberecht evaluate samples --regime s104a --decision-date 2007-09-15   # what-if: all decided that day",
            ],
        };
        command.Add(inputs);
        command.Add(json);
        command.Add(jsonl);
        command.Add(explanations);
        command.Add(noExplanations);
        command.Add(profile);
        command.Add(variant);
        command.Add(regime);
        command.Add(decisionDate);
        command.SetAction(r =>
        {
            var detail = r.GetValue(noExplanations) ? ExplanationDetail.None : r.GetValue(explanations);
            return Run(io, r.GetValue(inputs)!, r.GetValue(profile), r.GetValue(variant), r.GetValue(regime), JsonModes.Of(r.GetValue(json), r.GetValue(jsonl)), detail, WhatIfDecisionDate.Parse(r.GetValue(decisionDate)));
        });
        return command;
    }

    private static int Run(CliIo io, IReadOnlyList<string> inputs, string? profile, string? variant, string? regime, JsonMode mode, ExplanationDetail detail, DateOnly? decisionDate = null)
    {
        var ruleSetFor = RuleSets.Resolver(profile, variant, regime);
        var documents = CaseSources.Resolve(inputs, io.OpenStdin);

        // The what-if (--decision-date) is carried by every decision's rule-set name, so no output loses the label.
        HouseholdDecision Decide(Household c)
        {
            var d = Evaluator.Evaluate(WhatIfDecisionDate.Apply(c, decisionDate), ruleSetFor(c));
            return decisionDate is { } whatIf ? d with { RuleSet = WhatIfDecisionDate.Name(d.RuleSet, whatIf) } : d;
        }

        if (mode != JsonMode.None)
        {
            JsonModes.Stream(io.Out, mode, detail, CaseSources.ReadAll(documents).Select(Decide));
            return ExitCodes.Ok;
        }

        // The text table aligns its columns over all cases, so it collects the decisions first.
        var cases = CaseSources.ReadAll(documents).ToList();
        var decisions = cases.Select(Decide).ToList();
        if (decisionDate is { } date)
        {
            io.Out.WriteLine("# " + WhatIfDecisionDate.Label(date));
        }

        WriteTable(io.Out, cases, decisions, ruleSetFor);
        return ExitCodes.Ok;
    }

    private static void WriteTable(TextWriter stdout, List<Household> cases, List<HouseholdDecision> decisions, Func<Household, RuleSet> ruleSetFor)
    {
        foreach (var used in decisions.Select(d => d.RuleSet).Distinct())
        {
            var rs = ruleSetFor(cases[decisions.FindIndex(d => d.RuleSet == used)]);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# rule set {rs.Name}: {rs.Title.En}"));
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
    }
}
