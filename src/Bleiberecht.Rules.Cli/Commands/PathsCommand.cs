using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bleiberecht.Rules.Analysis.Paths;
using Bleiberecht.Rules.Cli.Input;
using Bleiberecht.Rules.Cli.Output;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Statistics.Simulation;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>
/// <c>bleiberecht paths &lt;inputs&gt; [--profile ID|case] [--variant FILE] [--member ID] [--max-changes 3] [--where] [--json] [--lang de|en]</c>:
/// the smallest changes of facts that would give a member or the household a permit (open questions answered first),
/// or with <c>--where</c> the outcome and shortest paths under the base rule and every profile; with <c>--summary</c>
/// the distribution of shortest path lengths over the cases (or a synthetic population, <c>--simulate N</c>) under the
/// base rule and the 16 Länder.
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
        var summary = new Option<bool>("--summary") { Description = "population summary: shortest path length (0..k, >k, none) and the most frequent single changes per rule set, with 95 % bootstrap intervals (base rule and 16 Länder, or --profile)" };
        var simulate = new Option<int?>("--simulate") { Description = "with --summary: a synthetic population of N households (as 'simulate') instead of case files", HelpName = "N" };
        simulate.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1 or > 10_000_000)
            {
                r.AddError("--simulate must be between 1 and 10,000,000");
            }
        });
        var seed = new Option<long>("--seed") { Description = "seed of the synthetic population and of the bootstrap", DefaultValueFactory = _ => 1, HelpName = "S" };
        var resamples = new Option<int>("--resamples") { Description = "bootstrap resamples of the summary (0-10000)", DefaultValueFactory = _ => 1000, HelpName = "B" };
        resamples.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 10_000)
            {
                r.AddError("--resamples must be between 0 and 10000");
            }
        });
        var json = CommonOptions.Json("paths (shape: docs/adr/0014-path-to-eligibility.md)");
        var lang = CommonOptions.Lang();
        var command = new CliCommand("paths", "Path to eligibility: the smallest changes of facts (job, German, passport, housing, school) that would give a permit; open questions are answered first.")
        {
            Examples =
            [
                "bleiberecht paths samples/14-language-below-a2.json --lang en",
                "bleiberecht paths samples/13-unknown-facts-pending.json --member applicant --json",
                "bleiberecht paths samples/04-family-job-search-duldung.json --profile BY --max-changes 2",
                "bleiberecht paths --where samples/12-missing-passport-pending.json",
                "bleiberecht paths --summary --simulate 100000 --seed 1",
            ],
        };
        foreach (var o in new Option[] { profile, variant, member, maxChanges, where, summary, simulate, seed, resamples, json, lang })
        {
            command.Add(o);
        }

        // Inputs are optional here: --summary --simulate N needs none.
        inputs.Arity = ArgumentArity.ZeroOrMore;
        command.Add(inputs);
        command.SetAction(r =>
        {
            if (r.GetValue(summary))
            {
                return Summary(io, r.GetValue(inputs) ?? [], r.GetValue(profile), r.GetValue(variant), r.GetValue(member), r.GetValue(where), r.GetValue(maxChanges), r.GetValue(simulate), r.GetValue(seed), r.GetValue(resamples), r.GetValue(json));
            }

            if (r.GetValue(simulate) is not null)
            {
                throw new UsageException("paths: --simulate goes with --summary");
            }

            return Run(io, r.GetValue(inputs) ?? [], r.GetValue(profile), r.GetValue(variant), r.GetValue(member), r.GetValue(maxChanges), r.GetValue(where), r.GetValue(json), r.GetValue(lang));
        });
        return command;
    }

    private static int Summary(CliIo io, IReadOnlyList<string> inputs, string? profile, string? variant, string? member, bool where, int maxChanges, int? simulate, long seed, int resamples, bool json)
    {
        if (member is not null || where)
        {
            throw new UsageException("paths: --summary is about whole households under the base rule and the 16 Länder; leave out --member and --where");
        }

        if ((simulate is null) == (inputs.Count == 0))
        {
            throw new UsageException("paths --summary: give case files or --simulate N (not both)");
        }

        IReadOnlyList<RuleSet> ruleSets = profile is null && variant is null
            ? [RuleSet.Imk2006, .. ProfileCatalog.All.Where(p => p.Kind == ProfileKind.Land).Select(ProfileCatalog.ToRuleSet)]
            : [RuleSets.Resolve(profile, variant)];
        var population = simulate is { } n
            ? PopulationGenerator.Generate(PopulationParameters.Default, n, seed)
            : CaseSources.ReadAll(CaseSources.Resolve(inputs, io.OpenStdin)).ToList();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = PathSummary.Run(population, ruleSets, new PathSummaryOptions(new PathSearchOptions(MaxChanges: maxChanges), resamples, seed));
        var seconds = started.Elapsed.TotalSeconds;
        if (json)
        {
            WriteSummaryJson(io.Out, result);
        }
        else
        {
            var o = io.Out;
            o.WriteLine(F($"# shortest path to a permit for every member: {result.Households} households x {result.Rows.Count} rule sets, up to {result.MaxChanges} changes; 95 % bootstrap intervals ({result.Resamples} resamples, seed {result.BootstrapSeed})"));
            o.WriteLine(F($"{"rule set",-10} {"not granted",11}  ") + string.Join("  ", result.Rows[0].Lengths.Select(l => F($"{l.Length,17}"))) + "  most frequent single changes (share of not granted)");
            foreach (var row in result.Rows)
            {
                var lengths = string.Join("  ", row.Lengths.Select(l => F($"{Pct(l.Share.Share),5} [{Pct(l.Share.Lower)}-{Pct(l.Share.Upper)}]").PadLeft(17)));
                var singles = string.Join(", ", row.SingleChanges.Take(3).Select(c => F($"{c.Kind} {Pct(c.ShareOfNotGranted.Share)} [{Pct(c.ShareOfNotGranted.Lower)}-{Pct(c.ShareOfNotGranted.Upper)}]")));
                o.WriteLine(F($"{row.RuleSet,-10} {row.NotGranted,11}  {lengths}  {singles}"));
            }

            io.Err.WriteLine(F($"paths --summary: {seconds:0.0} s"));
        }

        return ExitCodes.Ok;
    }

    private static string Pct(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static void WriteSummaryJson(TextWriter output, PathSummary result)
    {
        using var writer = new Utf8JsonTextWriter(output);
        var w = writer.Json;
        w.WriteStartObject();
        w.WriteNumber("households", result.Households);
        w.WriteNumber("maxChanges", result.MaxChanges);
        w.WriteNumber("resamples", result.Resamples);
        w.WriteNumber("bootstrapSeed", result.BootstrapSeed);
        w.WriteStartArray("ruleSets");
        foreach (var row in result.Rows)
        {
            w.WriteStartObject();
            w.WriteString("ruleSet", row.RuleSet);
            w.WriteNumber("notGranted", row.NotGranted);
            w.WriteStartArray("lengths");
            foreach (var l in row.Lengths)
            {
                w.WriteStartObject();
                w.WriteString("length", l.Length);
                w.WriteNumber("households", l.Households);
                WriteShare(w, l.Share);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("singleChanges");
            foreach (var c in row.SingleChanges)
            {
                w.WriteStartObject();
                w.WriteString("kind", c.Kind.ToString());
                w.WriteNumber("households", c.Households);
                WriteShare(w, c.ShareOfNotGranted);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteShare(Utf8JsonWriter w, ShareInterval s)
    {
        w.WriteNumber("share", s.Share);
        w.WriteNumber("lower", s.Lower);
        w.WriteNumber("upper", s.Upper);
    }

    private static int Run(CliIo io, IReadOnlyList<string> inputs, string? profile, string? variant, string? member, int maxChanges, bool where, bool json, Language language)
    {
        if (inputs.Count == 0)
        {
            throw new UsageException("paths: give one or more case files (or --summary --simulate N)");
        }

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
                w.WriteString("description", r.Title.In(language));
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
