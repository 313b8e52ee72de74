using System.CommandLine;
using System.Globalization;
using Bleiberecht.Rules.Cli.Output;
using Bleiberecht.Rules.Regimes;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>
/// <c>bleiberecht regimes list [--json]</c>: the regimes the library ships (id, name, number of elements, citation);
/// <c>--regime ID</c> on evaluate / explain / compare picks one.
/// </summary>
internal static class RegimesCommand
{
    /// <summary>The <c>--regime</c> option: one of the shipped regimes by id (default imk2006).</summary>
    public static Option<string> Option() => new Option<string>("--regime")
    {
        Description = "the regime that decides: imk2006 (the IMK resolution of 17.11.2006, default), s104a (§ 104a/§ 104b AufenthG) or s104a-extension (§ 104a Abs. 5/6, IMK 4.12.2009); combines with --profile/--variant, see 'regimes list'",
        DefaultValueFactory = _ => Regime.Imk2006.Id,
        HelpName = "imk2006|s104a|s104a-extension",
    }.Restrict();

    /// <summary>The regime with this id (case-insensitive); the option's validation has already rejected any other.</summary>
    public static Regime Find(string? id) => Regime.All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? throw new UsageException($"unknown regime '{Input.InputLimits.Echo(id ?? string.Empty)}'; known: {string.Join(", ", Regime.All.Select(r => r.Id))}");

    private static Option<string> Restrict(this Option<string> option)
    {
        option.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, [.. Regime.All.Select(r => r.Id)]);
        return option;
    }

    public static Command Create(CliIo io)
    {
        var json = CommonOptions.Json("regimes");
        var list = new CliCommand("list", "One line per regime: id, name, number of elements, citation.")
        {
            Examples = ["bleiberecht regimes list", "bleiberecht regimes list --json"],
        };
        list.Add(json);
        list.SetAction(r => r.GetValue(json) ? ListJson(io.Out) : List(io.Out));
        var command = new CliCommand("regimes", "The regimes a household can be decided under (IMK 2006, § 104a AufenthG, its extension Abs. 5/6).")
        {
            Examples = ["bleiberecht regimes list", "bleiberecht evaluate samples --regime s104a"],
        };
        command.Add(list);
        command.SetAction(int (_) => throw new UsageException("regimes: name a subcommand: list; see 'bleiberecht regimes --help'"));
        return command;
    }

    private static int List(TextWriter stdout)
    {
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"id",-16} {"elements",8}  {"name",-60} citation"));
        foreach (var r in Regime.All)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Id,-16} {r.Elements.Length,8}  {r.Name.De,-60} {string.Join("; ", r.Citations)}"));
        }

        return ExitCodes.Ok;
    }

    private static int ListJson(TextWriter stdout)
    {
        using var writer = new Utf8JsonTextWriter(stdout);
        var w = writer.Json;
        w.WriteStartArray();
        foreach (var r in Regime.All)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("nameDe", r.Name.De);
            w.WriteString("nameEn", r.Name.En);
            w.WriteNumber("elements", r.Elements.Length);
            w.WriteStartArray("citations");
            foreach (var c in r.Citations)
            {
                w.WriteStringValue(c.ToString());
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        return ExitCodes.Ok;
    }
}
