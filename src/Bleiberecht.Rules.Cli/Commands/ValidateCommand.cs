using System.CommandLine;
using System.Text.Json;
using Bleiberecht.Rules.Cli.Input;
using Bleiberecht.Rules.Cli.Output;
using Bleiberecht.Rules.Variants;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary><c>bleiberecht validate &lt;variant.json&gt; [--json]</c>: exit 0 and a summary when valid, exit 2 with every problem otherwise.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliIo io)
    {
        var file = new Argument<string>("variant") { Description = "a rule-variant file (JSON), or - for standard input" };
        var json = CommonOptions.Json("valid variant (name, description, baseline, overrides)");
        var command = new CliCommand("validate", "Check a rule-variant file: exit 0 with its overrides, or exit 2 with every problem (JSON path, line, column, did-you-mean).")
        {
            Examples =
            [
                "bleiberecht validate samples/variants/berlin-child-age-one.json",
                "bleiberecht validate samples/variants/invalid-demo.json     # exit 2, three problems",
            ],
        };
        command.Add(file);
        command.Add(json);
        command.SetAction(r => Run(io, r.GetValue(file)!, r.GetValue(json)));
        return command;
    }

    private static int Run(CliIo io, string path, bool json)
    {
        var document = path == "-" ? InputDocument.Stdin(io.OpenStdin) : InputDocument.File(path);
        var variant = VariantLoader.Load(document.ReadText(), document.Name);
        var ruleSet = variant.ToRuleSet();
        var overrides = variant.Overrides.OrderBy(o => o.Key, StringComparer.Ordinal).ToList();
        if (json)
        {
            using var writer = new Utf8JsonTextWriter(io.Out);
            var w = writer.Json;
            w.WriteStartObject();
            w.WriteBoolean("valid", true);
            w.WriteString("name", ruleSet.Name);
            w.WriteString("description", ruleSet.Description);
            w.WriteString("basedOn", variant.BasedOn);
            w.WriteStartObject("overrides");
            foreach (var (id, value) in overrides)
            {
                w.WritePropertyName(id);
                value.WriteTo(w);
            }

            w.WriteEndObject();
            w.WriteStartArray("citations");
            foreach (var c in variant.Citations)
            {
                w.WriteStringValue(c);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            return ExitCodes.Ok;
        }

        io.Out.WriteLine($"valid: {ruleSet.Name} — {ruleSet.Title.En}");
        foreach (var (id, value) in overrides)
        {
            io.Out.WriteLine($"  {id} = {value.GetRawText()}");
        }

        return ExitCodes.Ok;
    }
}
