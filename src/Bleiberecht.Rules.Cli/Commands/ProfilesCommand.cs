using System.Globalization;
using Bleiberecht.Rules.Profiles;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>
/// <c>bleiberecht profiles list</c>: one line per Land and Kommune profile;
/// <c>bleiberecht profiles show &lt;id&gt;</c>: the stated options, decrees and the options not stated.
/// </summary>
internal static class ProfilesCommand
{
    private const string Usage = "usage: bleiberecht profiles list | bleiberecht profiles show <id|name>";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var a = CliArgs.Parse(args, new HashSet<string>(), new HashSet<string>());
        return a.Positional switch
        {
            ["list"] => List(stdout),
            ["show", var id] => Show(id, stdout),
            _ => throw new UsageException(Usage),
        };
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
        return new UsageException($"unknown profile '{idOrName}'{hint}");
    }

    private static void Line(TextWriter stdout, FormattableString text) =>
        stdout.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
