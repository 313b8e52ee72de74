// Composing a rule variant from the public regime API (a .NET 10 file-based app): run from the repository root with
//   dotnet run samples/scripts/compose.cs -- samples 100000
// Adds a requirement of our own to the IMK 2006 regime — every adult speaks German at B1 (stricter than the A2 of
// L4179-4180) — and shows where outcomes change: on the sample cases with explanations (explain path), and on a
// synthetic population in bulk (the same engine, allocation-free for the built-in elements).
#:project ../../src/Bleiberecht.Rules.Statistics/Bleiberecht.Rules.Statistics.csproj

using System.Globalization;
using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Statistics.Simulation;

var folder = args.Length > 0 ? args[0] : "samples";
var size = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;

// 1. The requirement: three-valued (no level recorded → Unknown with a question), cited, bilingual.
var b1 = RegimeElement.ForMember(
    RuleMeta.Of("Variant.Language.B1", "Deutschkenntnisse B1", "German at B1", Citation.Derived("variant under study: stricter than A2 (L4179-4180)")),
    m => m.Person.Role == HouseholdRole.Child
        ? Check.NotApplicable(new Label("Kind", "child"))
        : m.Person.GermanLevel is { } level
            ? Check.Of((level >= CefrLevel.B1).ToTruth(), new Label($"Niveau {level}", $"level {level}"))
            : Check.Unknown(null, new MissingFact($"$.members[{m.Index}].germanLevel", new Label("Welches Deutschniveau?", "Which German level?"))));

// 2. The regime: IMK 2006 plus the requirement, checked right after the IMK language element.
var regime = Regime.Imk2006.ToBuilder()
    .Named("imk2006+b1", "IMK 2006 mit Deutsch B1", "IMK 2006 with German B1")
    .Add(b1, after: "IMK.Integration.Language")
    .Build();
var variant = RuleSet.Imk2006 with { Name = "IMK-2006+B1", Regime = regime };

// 3. The samples, explained where the outcome changes.
var cases = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).SelectMany(f => CaseJson.ReadFile(f)).ToList();
var changed = 0;
foreach (var household in cases)
{
    var before = Evaluator.Evaluate(household);
    var after = Evaluator.Evaluate(household, variant);
    for (var i = 0; i < before.Members.Count; i++)
    {
        if (before.Members[i].Outcome == after.Members[i].Outcome)
        {
            continue;
        }

        changed++;
        var m = after.Members[i];
        Console.WriteLine($"{household.CaseId} {m.PersonId}: {before.Members[i].Outcome} -> {m.Outcome} [{string.Join(", ", m.Grounds)}]");
        var node = m.Explanation.Children.FirstOrDefault(c => c.ElementId == "Variant.Language.B1");
        if (node is { Result: not Truth.True })
        {
            Console.Write(TextRenderer.Render(node, Language.En));
        }
        else
        {
            Console.WriteLine("  (meets it; shares the household's outcome, rules.md 5.2)");
        }
    }
}

Console.WriteLine($"samples: {changed} of {cases.Sum(c => c.Members.Count)} members change under {variant.Name}");

// 4. A synthetic population in bulk: the same regime, one batch, both rule sets.
var population = PopulationGenerator.Generate(PopulationParameters.Default, size, seed: 1);
var batch = HouseholdBatch.Create(population);
var baseResults = new BulkResult[batch.PersonCount];
var variantResults = new BulkResult[batch.PersonCount];
var clock = System.Diagnostics.Stopwatch.StartNew();
BulkEvaluator.Evaluate(batch, CompiledRuleSet.Compile(RuleSet.Imk2006), baseResults);
var baseTime = clock.Elapsed;
clock.Restart();
BulkEvaluator.Evaluate(batch, CompiledRuleSet.Compile(variant), variantResults);
var variantTime = clock.Elapsed;

var transitions = new SortedDictionary<string, int>(StringComparer.Ordinal);
for (var p = 0; p < batch.PersonCount; p++)
{
    if (baseResults[p].Outcome != variantResults[p].Outcome)
    {
        var key = $"{baseResults[p].Outcome} -> {variantResults[p].Outcome}";
        transitions[key] = transitions.GetValueOrDefault(key) + 1;
    }
}

Console.WriteLine($"synthetic population: {size:N0} households, {batch.PersonCount:N0} persons (seed 1; synthetic, not published data)");
Console.WriteLine($"  bulk: base {baseTime.TotalMilliseconds:F0} ms, with the B1 requirement {variantTime.TotalMilliseconds:F0} ms (the user-defined element runs through its rule)");
foreach (var (key, count) in transitions)
{
    Console.WriteLine($"  {key}: {count:N0} persons ({100.0 * count / batch.PersonCount:F1} %)");
}
