using System.CommandLine;
using Bleiberecht.Rules.Cli.Html;
using Bleiberecht.Rules.Cli.Input;
using Bleiberecht.Rules.Cli.Output;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>
/// <c>bleiberecht explain &lt;inputs&gt; [--lang de|en] [--json|--jsonl] [--html FILE] [--profile ID] [--variant FILE]</c>:
/// the tree with citations and the questions for missing facts, as text, JSON or a self-contained HTML page.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(CliIo io)
    {
        var inputs = CommonOptions.Inputs();
        var lang = CommonOptions.Lang();
        var json = CommonOptions.Json("decisions with their explanation trees");
        var jsonl = CommonOptions.JsonLines();
        var explanations = CommonOptions.Explanations(ExplanationDetail.Full);
        var html = new Option<string?>("--html") { Description = "write a self-contained HTML page (decision per member, collapsible tree, citations with the study's text on hover, questions); - for stdout", HelpName = "FILE" };
        var study = CommonOptions.Study();
        var profile = CommonOptions.Profile();
        var variant = CommonOptions.Variant();
        var regime = RegimesCommand.Option();
        var decisionDate = WhatIfDecisionDate.Option();
        var command = new CliCommand("explain", "The decision tree of each case with its citations and the facts still missing.")
        {
            Examples =
            [
                "bleiberecht explain samples/01-family-permit.json --lang en",
                "bleiberecht explain samples/11-family-spouse-conviction.json --profile BY",
                "bleiberecht explain samples/13-unknown-facts-pending.json --html out/13.html --lang en",
                "bleiberecht explain samples/01-family-permit.json --json --explanations failed",
            ],
        };
        foreach (var o in new Option[] { lang, json, jsonl, explanations, html, study, profile, variant, regime, decisionDate })
        {
            command.Add(o);
        }

        command.Add(inputs);
        command.SetAction(r => Run(io, r.GetValue(inputs)!, r.GetValue(lang), JsonModes.Of(r.GetValue(json), r.GetValue(jsonl)), r.GetValue(explanations), r.GetValue(html), r.GetValue(study), r.GetValue(profile), r.GetValue(variant), r.GetValue(regime), WhatIfDecisionDate.Parse(r.GetValue(decisionDate))));
        return command;
    }

    private static int Run(CliIo io, IReadOnlyList<string> inputs, Language language, JsonMode mode, ExplanationDetail detail, string? html, string? studyPath, string? profile, string? variant, string? regime, DateOnly? decisionDate = null)
    {
        if (html is not null && mode != JsonMode.None)
        {
            throw new UsageException("explain: give either --html or --json/--jsonl");
        }

        if (html is not null)
        {
            OutputPaths.EnsureWritableFile(html, "--html");
        }

        var ruleSetFor = RuleSets.Resolver(profile, variant, regime);
        var documents = CaseSources.Resolve(inputs, io.OpenStdin);
        // The what-if (--decision-date) is carried by every decision's rule-set name, so no output loses the label.
        HouseholdDecision Decide(Household c, RuleSet ruleSet)
        {
            var d = Evaluator.Evaluate(WhatIfDecisionDate.Apply(c, decisionDate), ruleSet);
            return decisionDate is { } whatIf ? d with { RuleSet = WhatIfDecisionDate.Name(d.RuleSet, whatIf) } : d;
        }

        var decisions = CaseSources.ReadAll(documents).Select(c => Decide(c, ruleSetFor(c)));
        if (mode != JsonMode.None)
        {
            JsonModes.Stream(io.Out, mode, detail, decisions);
            return ExitCodes.Ok;
        }

        if (html is not null)
        {
            var study = StudyText.Locate(studyPath);
            var page = ExplanationPage.Render(decisions.ToList(), language, study);
            OutputPaths.WriteText(html, page, io.Out);
            if (html != "-")
            {
                io.Err.WriteLine($"wrote {html}{(study is null ? " (study text not found: citations without line text; see --study)" : string.Empty)}");
            }

            return ExitCodes.Ok;
        }

        foreach (var c in CaseSources.ReadAll(CaseSources.Resolve(inputs, io.OpenStdin)))
        {
            var ruleSet = ruleSetFor(c);
            var d = Decide(c, ruleSet);
            io.Out.WriteLine($"== {d.CaseId} — {d.Outcome} ({d.RuleSet})");
            io.Out.Write(TextRenderer.Render(d.Explanation, language));

            // The option values the decision read, where the rule set sets or dates them (the base values are the
            // resolution's own; `profiles show` lists every option).
            var read = OptionTrace.Read(ruleSet, d, WhatIfDecisionDate.Apply(c, decisionDate).DecisionDate);
            var own = read.Where(r => r.FromRuleSet).ToList();
            io.Out.WriteLine(language == Language.De
                ? $"Gelesene Optionen: {read.Count}, davon vom Regelwerk gesetzt: {own.Count}"
                : $"Options read: {read.Count}, set by the rule set: {own.Count}");
            foreach (var r in own)
            {
                io.Out.WriteLine($"  - {r.Value.In(language)}");
            }

            if (d.Missing.Count > 0)
            {
                io.Out.WriteLine(language == Language.De ? "Noch zu klären:" : "To establish:");
                foreach (var m in d.Missing)
                {
                    io.Out.WriteLine($"  - {m.Path}: {m.Question.In(language)}");
                }
            }

            io.Out.WriteLine();
        }

        return ExitCodes.Ok;
    }
}
