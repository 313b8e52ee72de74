using System.CommandLine;
using System.Globalization;
using Bleiberecht.Rules.Cli.Output;
using Bleiberecht.Rules.Profiles;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>
/// <c>bleiberecht profiles list</c>: one line per Land and Kommune profile;
/// <c>bleiberecht profiles show &lt;id&gt;</c>: the stated options, decrees and the options not stated; both with <c>--json</c>.
/// </summary>
internal static class ProfilesCommand
{
    public static Command Create(CliIo io)
    {
        var listJson = CommonOptions.Json("profiles");
        var list = new CliCommand("list", "One line per Land and Kommune profile: id, kind, name, Land, number of stated options and decrees.")
        {
            Examples = ["bleiberecht profiles list", "bleiberecht profiles list --json"],
        };
        list.Add(listJson);
        list.SetAction(r => r.GetValue(listJson) ? ListJson(io.Out) : List(io.Out));

        var id = new Argument<string>("id") { Description = "profile id or name, e.g. BY, NW-Wuppertal, Bayern" };
        id.CompletionSources.Add(_ => ProfileCatalog.All.Select(p => p.Id));
        var showJson = CommonOptions.Json("profile (stated options with source lines, decrees, options not stated)");
        var show = new CliCommand("show", "Every option the study states for a profile, with its source line, the decrees with dates and the options the study says nothing about.")
        {
            Examples = ["bleiberecht profiles show NW-Wuppertal", "bleiberecht profiles show BY --json"],
        };
        show.Add(id);
        show.Add(showJson);
        show.SetAction(r => r.GetValue(showJson) ? ShowJson(r.GetValue(id)!, io.Out) : Show(r.GetValue(id)!, io.Out));

        var command = new CliCommand("profiles", "Land and Kommune discretion profiles with source lines.")
        {
            Examples = ["bleiberecht profiles list", "bleiberecht profiles show NW-Wuppertal"],
        };
        command.Add(list);
        command.Add(show);
        command.SetAction(int (_) => throw new UsageException("profiles: name a subcommand: list | show <id>; see 'bleiberecht profiles --help'"));
        return command;
    }

    private static int ListJson(TextWriter stdout)
    {
        using var writer = new Utf8JsonTextWriter(stdout);
        var w = writer.Json;
        w.WriteStartArray();
        foreach (var p in ProfileCatalog.All)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteString("kind", p.Kind.ToString());
            w.WriteString("name", p.Name);
            w.WriteString("land", p.Land);
            w.WriteNumber("stated", p.Values.Count);
            w.WriteNumber("decrees", p.Decrees.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        return 0;
    }

    private static int ShowJson(string idOrName, TextWriter stdout)
    {
        var profile = ProfileCatalog.Find(idOrName) ?? throw Unknown(idOrName);
        var resolved = ProfileCatalog.Resolve(profile);
        using var writer = new Utf8JsonTextWriter(stdout);
        var w = writer.Json;
        w.WriteStartObject();
        w.WriteString("id", profile.Id);
        w.WriteString("name", profile.Name);
        w.WriteString("kind", profile.Kind.ToString());
        w.WriteString("land", profile.Land);
        w.WriteString("lines", profile.Lines?.Reference);
        w.WriteStartArray("options");
        foreach (var v in resolved.Values)
        {
            w.WriteStartObject();
            w.WriteString("number", OptionCatalog.Get(v.OptionId).Number);
            w.WriteString("optionId", v.OptionId);
            w.WriteString("value", v.ValueText);
            w.WriteString("status", v.Status.ToString());
            w.WriteBoolean("practice", v.Practice);
            w.WriteBoolean("applied", OptionApplier.IsApplied(v.OptionId) && v.Status != OptionStatus.KeptBase);
            w.WriteString("statedBy", v.StatedBy);
            w.WriteString("lines", v.Lines?.Reference);
            w.WriteString("quote", v.Quote);
            w.WriteString("note", v.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("decrees");
        foreach (var d in profile.Decrees)
        {
            w.WriteStartObject();
            w.WriteString("date", d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? d.DateText);
            w.WriteString("kind", d.Kind.ToString());
            w.WriteString("title", d.Title);
            w.WriteString("lines", d.Lines?.Reference);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("notes");
        foreach (var n in profile.Notes)
        {
            w.WriteStringValue(n);
        }

        w.WriteEndArray();
        w.WriteStartArray("notStated");
        foreach (var n in ProfileCatalog.NotStated(profile))
        {
            w.WriteStringValue(n);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        return 0;
    }

    private static int List(TextWriter stdout)
    {
        Line(stdout, $"{"id",-20} {"kind",-8} {"name",-30} {"Land",-4} {"stated",6} {"decrees",7}");
        foreach (var p in ProfileCatalog.All)
        {
            Line(stdout, $"{p.Id,-20} {p.Kind,-8} {p.Name,-30} {p.Land,-4} {p.Values.Count,6} {p.Decrees.Count,7}");
        }

        var lands = ProfileCatalog.All.Count(p => p.Kind == ProfileKind.Land);
        Line(stdout, $"# {lands} Länder, {ProfileCatalog.All.Count - lands} Kommunen; 'stated' counts the profile's own values (a Kommune also inherits its Land's)");
        return 0;
    }

    private static int Show(string idOrName, TextWriter stdout)
    {
        var profile = ProfileCatalog.Find(idOrName) ?? throw Unknown(idOrName);
        var resolved = ProfileCatalog.Resolve(profile);
        var lines = profile.Lines is { } l ? " " + l.Reference : string.Empty;
        Line(stdout, $"# {profile.Id}: {profile.Name} ({profile.Kind}{(profile.Kind == ProfileKind.Kommune ? " in " + profile.Land : string.Empty)}){lines}");
        stdout.WriteLine();
        Line(stdout, $"stated options ({resolved.Values.Count}):");
        foreach (var v in resolved.Values)
        {
            var def = OptionCatalog.Get(v.OptionId);
            var applied = !OptionApplier.IsApplied(v.OptionId) ? "data only" : v.Status == OptionStatus.KeptBase ? "resolution's base kept" : "applied";
            var inherited = string.Equals(v.StatedBy, profile.Id, StringComparison.Ordinal) ? string.Empty : $", inherited from {v.StatedBy}";
            var practice = v.Practice ? ", practice" : string.Empty;
            Line(stdout, $"  {def.Number} {v.OptionId} = {v.ValueText}");
            Line(stdout, $"      {v.Status}{practice}, {applied}{inherited}; lines {v.Lines?.Reference ?? "-"}");
            if (v.Quote is { Length: > 0 } quote)
            {
                Line(stdout, $"      quote: \"{quote}\"");
            }

            if (v.Note is { Length: > 0 } note)
            {
                Line(stdout, $"      note: {note}");
            }
        }

        stdout.WriteLine();
        Line(stdout, $"decrees ({profile.Decrees.Count}):");
        foreach (var d in profile.Decrees)
        {
            var date = d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? d.DateText;
            Line(stdout, $"  {date,-12} {d.Kind}: {d.Title} ({d.Lines?.Reference ?? "-"})");
        }

        var dated = ProfileCatalog.ToRuleSet(profile).DatedOptions;
        if (dated.Count > 0)
        {
            // Values the study dates: the decision date selects one (RuleSet.OptionsOn, docs/adr/0009).
            stdout.WriteLine();
            Line(stdout, $"dated values ({dated.Count}; the decision date selects):");
            foreach (var option in dated)
            {
                Line(stdout, $"  {option.Declaration.Number} {option.OptionId}");
                foreach (var period in option.Periods)
                {
                    Line(stdout, $"      {period}");
                }
            }
        }

        if (profile.Notes.Count > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine("notes:");
            foreach (var n in profile.Notes)
            {
                Line(stdout, $"  - {n}");
            }
        }

        var notStated = ProfileCatalog.NotStated(profile);
        stdout.WriteLine();
        Line(stdout, $"not stated ({notStated.Count}, base kept): {string.Join(", ", notStated)}");
        return 0;
    }

    /// <summary>A usage error for an unknown profile, listing close matches.</summary>
    internal static UsageException Unknown(string idOrName)
    {
        var close = ProfileCatalog.Suggest(idOrName);
        var hint = close.Count > 0
            ? "; did you mean " + string.Join(", ", close) + "?"
            : "; see 'bleiberecht profiles list'";
        return new UsageException($"unknown profile '{Input.InputLimits.Echo(idOrName)}'{hint}");
    }

    private static void Line(TextWriter stdout, FormattableString text) =>
        stdout.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
