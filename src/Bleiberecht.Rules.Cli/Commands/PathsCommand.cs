using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bleiberecht.Rules.Analysis.Paths;
using Bleiberecht.Rules.Cli.Input;
using Bleiberecht.Rules.Cli.Output;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>
/// <c>bleiberecht paths &lt;inputs&gt; [--profile ID|case] [--variant FILE] [--member ID] [--max-changes 3] [--where] [--json] [--lang de|en]</c>:
/// the smallest changes of facts that would give a member or the household a permit (open questions answered first),
/// or with <c>--where</c> the outcome and shortest paths under the base rule and every profile.
/// </summary>
internal static class PathsCommand
{
    public static Command Create(CliIo io)
    {
        var inputs = CommonOptions.Inputs();
        var profile = CommonOptions.Profile();
        var variant = CommonOptions.Variant();
        var member = new Option<string?>("--member") { Description = "the member who should obtain a permit (default: every member of the household)", HelpName = "ID" };
        var maxChanges = new Option<int>("--max-changes")
        {
            Description = $"largest number of changes in a path (1-{PathSearchOptions.MaxChangesLimit})",
            DefaultValueFactory = _ => 3,
            HelpName = "N",
        };
        maxChanges.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > PathSearchOptions.MaxChangesLimit)
            {
                r.AddError($"--max-changes must be between 1 and {PathSearchOptions.MaxChangesLimit}");
            }
        });
        var where = new Option<bool>("--where") { Description = "where would the case qualify: the base rule, the 16 Länder and the studied Kommunen, each with its shortest paths" };
        var json = CommonOptions.Json("paths (see README, 'Path to eligibility', for the shape)");
        var lang = CommonOptions.Lang();
        var command = new CliCommand("paths", "Path to eligibility: the smallest changes of facts (job, German, passport, housing, school) that would give a permit; open questions are answered first.")
        {
            Examples =
            [
                "bleiberecht paths samples/14-language-below-a2.json --lang en",
                "bleiberecht paths samples/13-unknown-facts-pending.json --member applicant --json",
                "bleiberecht paths samples/04-family-job-search-duldung.json --profile BY --max-changes 2",
                "bleiberecht paths --where samples/12-missing-passport-pending.json",
            ],
        };
        foreach (var o in new Option[] { profile, variant, member, maxChanges, where, json, lang })
        {
            command.Add(o);
        }

        command.Add(inputs);
        command.SetAction(r => Run(io, r.GetValue(inputs)!, r.GetValue(profile), r.GetValue(variant), r.GetValue(member), r.GetValue(maxChanges), r.GetValue(where), r.GetValue(json), r.GetValue(lang)));
        return command;
    }

    private static int Run(CliIo io, IReadOnlyList<string> inputs, string? profile, string? variant, string? member, int maxChanges, bool where, bool json, Language language)
    {
        if (where && (profile is not null || variant is not null))
        {
            throw new UsageException("paths: --where searches every profile; leave out --profile and --variant");
        }

        var ruleSetFor = where ? null : RuleSets.Resolver(profile, variant);
        var options = new PathSearchOptions(MemberId: member, MaxChanges: maxChanges);
        var documents = CaseSources.Resolve(inputs, io.OpenStdin);
        var households = CaseSources.ReadAll(documents).ToList();
        foreach (var h in households)
        {
            if (member is not null && h.Members.All(m => m.Id != member))
            {
                throw new UsageException($"paths: no member '{InputLimits.Echo(member)}' in case '{InputLimits.Echo(h.CaseId)}'");
            }
        }

        if (where)
        {
            var all = WhereQualifies.AllRuleSets();
            var results = households.Select(h => (h, WhereQualifies.Run(h, all, options))).ToList();
            if (json)
            {
                WriteWhereJson(io.Out, results, member, language);
            }
            else
            {
                WriteWhereText(io.Out, results, member, language);
            }

            return ExitCodes.Ok;
        }

        var found = households.Select(h => PathSearch.Find(h, ruleSetFor!(h), options)).ToList();
        if (json)
        {
            using var writer = new Utf8JsonTextWriter(io.Out);
            var w = writer.Json;
            w.WriteStartArray();
            foreach (var f in found)
            {
                WriteResult(w, f, language);
            }

            w.WriteEndArray();
        }
        else
        {
            foreach (var f in found)
            {
                WriteText(io.Out, f, language);
            }
        }

        return ExitCodes.Ok;
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string Target(string? member) => member ?? "household";

    private static void WriteText(TextWriter o, PathSearchResult f, Language language)
    {
        o.WriteLine(F($"# {f.CaseId} under {f.RuleSet} ({Target(f.MemberId)}): {f.Outcome}"));
        if (f.Questions.Count > 0)
        {
            o.WriteLine(language == Language.De ? "  Offene Fragen (zuerst beantworten):" : "  Open questions (answered first):");
            foreach (var q in f.Questions)
            {
                var fav = q.Favourable?.Value ?? (language == Language.De ? "(erfragen)" : "(ask)");
                var unfav = q.Unfavourable is null ? "" : F($"; {q.Unfavourable.Value} -> {q.OutcomeIfUnfavourable}");
                o.WriteLine(F($"    {q.Question.Path}: {q.Question.Question.In(language)}  [{fav}{unfav}]"));
            }
        }

        if (f.GrantsAsIs)
        {
            o.WriteLine(language == Language.De ? "  Erteilung ohne Änderung." : "  Granted as is: no change needed.");
        }
        else if (f.Paths.Count == 0)
        {
            o.WriteLine(F($"  {(language == Language.De ? "Kein Weg mit höchstens" : "No path of at most")} {f.MaxChanges} {(language == Language.De ? "Änderungen." : "changes.")}"));
        }

        var i = 0;
        foreach (var p in f.Paths.Where(_ => !f.GrantsAsIs))
        {
            i++;
            var what = p.Changes.Count == 0
                ? (language == Language.De ? "die Fragen günstig beantwortet" : "the questions answered favourably")
                : string.Join("; ", p.Changes.Select(c => c.Label.In(language)));
            o.WriteLine(F($"  {i}. cost {p.Cost}: {what} -> {p.Outcome}"));
            if (p.ElementsTurnedMet.Count > 0)
            {
                o.WriteLine(F($"     {(language == Language.De ? "erfüllt danach" : "turns met")}: {string.Join(", ", p.ElementsTurnedMet)}"));
            }
        }

        if (f.PathsFound > f.Paths.Count)
        {
            o.WriteLine(F($"  ({f.PathsFound - f.Paths.Count} more)"));
        }

        o.WriteLine();
    }

    private static void WriteWhereText(TextWriter o, List<(Household H, IReadOnlyList<RuleSetPaths> R)> results, string? member, Language language)
    {
        foreach (var (h, rows) in results)
        {
            o.WriteLine(F($"# {h.CaseId} ({Target(member)}): {rows.Count(r => r.GrantsAsIs)} of {rows.Count} rule sets grant as is"));
            o.WriteLine(F($"{"rule set",-22} {"outcome",-20} {"changes",7}  shortest path"));
            foreach (var r in rows)
            {
                var length = r.GrantsAsIs ? "0" : r.ShortestLength?.ToString(CultureInfo.InvariantCulture) ?? "none";
                var path = r.GrantsAsIs || r.ShortestPaths.Count == 0
                    ? ""
                    : r.ShortestPaths[0].Changes.Count == 0
                        ? (language == Language.De ? "Fragen günstig beantwortet" : "questions answered favourably")
                        : string.Join(" + ", r.ShortestPaths[0].Changes.Select(c => c.Key)) + (r.ShortestPaths.Count > 1 ? F($" (or {r.ShortestPaths.Count - 1} more)") : "");
                o.WriteLine(F($"{r.RuleSet,-22} {r.Outcome,-20} {length,7}  {path}"));
            }

            o.WriteLine();
        }
    }

    private static void WriteWhereJson(TextWriter output, List<(Household H, IReadOnlyList<RuleSetPaths> R)> results, string? member, Language language)
    {
        using var writer = new Utf8JsonTextWriter(output);
        var w = writer.Json;
        w.WriteStartArray();
        foreach (var (h, rows) in results)
        {
            w.WriteStartObject();
            w.WriteString("caseId", h.CaseId);
            WriteNullable(w, "member", member);
            w.WriteStartArray("ruleSets");
            foreach (var r in rows)
            {
                w.WriteStartObject();
                w.WriteString("ruleSet", r.RuleSet);
                w.WriteString("description", r.Description);
                w.WriteString("outcome", r.Outcome.ToString());
                w.WriteBoolean("grantsAsIs", r.GrantsAsIs);
                WriteNullable(w, "shortestLength", r.ShortestLength);
                w.WriteStartArray("paths");
                foreach (var p in r.ShortestPaths)
                {
                    WritePath(w, p, language);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter w, PathSearchResult f, Language language)
    {
        w.WriteStartObject();
        w.WriteString("caseId", f.CaseId);
        w.WriteString("ruleSet", f.RuleSet);
        WriteNullable(w, "member", f.MemberId);
        w.WriteString("outcome", f.Outcome.ToString());
        w.WriteBoolean("grantsAsIs", f.GrantsAsIs);
        w.WriteNumber("maxChanges", f.MaxChanges);
        WriteNullable(w, "shortestLength", f.ShortestLength);
        w.WriteNumber("pathsFound", f.PathsFound);
        w.WriteStartArray("questions");
        foreach (var q in f.Questions)
        {
            w.WriteStartObject();
            w.WriteString("path", q.Question.Path);
            w.WriteString("question", q.Question.Question.In(language));
            WriteRaw(w, "favourable", q.Favourable?.Value);
            WriteRaw(w, "unfavourable", q.Unfavourable?.Value);
            WriteNullable(w, "outcomeIfUnfavourable", q.OutcomeIfUnfavourable?.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("paths");
        foreach (var p in f.Paths)
        {
            WritePath(w, p, language);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePath(Utf8JsonWriter w, EligibilityPath p, Language language)
    {
        w.WriteStartObject();
        w.WriteNumber("cost", p.Cost);
        w.WriteString("outcome", p.Outcome.ToString());
        w.WriteStartArray("answers");
        foreach (var a in p.Answers)
        {
            w.WriteStartObject();
            w.WriteString("path", a.Path);
            WriteRaw(w, "value", a.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("changes");
        foreach (var c in p.Changes)
        {
            w.WriteStartObject();
            w.WriteString("kind", c.Kind.ToString());
            WriteNullable(w, "member", c.MemberId);
            w.WriteString("label", c.Label.In(language));
            w.WriteStartArray("facts");
            foreach (var fact in c.Facts)
            {
                w.WriteStringValue(fact);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("elementsTurnedMet");
        foreach (var e in p.ElementsTurnedMet)
        {
            w.WriteStringValue(e);
        }

        w.WriteEndArray();
        w.WriteStartArray("members");
        foreach (var m in p.Decision.Members)
        {
            w.WriteStartObject();
            w.WriteString("id", m.PersonId);
            w.WriteString("outcome", m.Outcome.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteRaw(Utf8JsonWriter w, string name, string? json)
    {
        if (json is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WritePropertyName(name);
            w.WriteRawValue(json);
        }
    }
}
