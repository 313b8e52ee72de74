using System.CommandLine;
using Bleiberecht.Rules.Serialization;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary><c>bleiberecht schema [--variant]</c>: the JSON Schema of case files (or of rule-variant files).</summary>
internal static class SchemaCommand
{
    public static Command Create(CliIo io)
    {
        var variant = new Option<bool>("--variant") { Description = "the schema of rule-variant files instead of case files" };

        // The schema is JSON already; --json is accepted so that every result-printing command takes it.
        var json = CommonOptions.Json("schema (it is JSON either way)");
        var command = new CliCommand("schema", "The JSON Schema of the case format, generated from the types with each fact's description (or, with --variant, of rule-variant files).")
        {
            Examples = ["bleiberecht schema > case.schema.json", "bleiberecht schema --variant"],
        };
        command.Add(variant);
        command.Add(json);
        command.SetAction(r =>
        {
            io.Out.Write(r.GetValue(variant) ? Variants.VariantSchema.Generate() : CaseJson.Schema());
            return ExitCodes.Ok;
        });
        return command;
    }
}
