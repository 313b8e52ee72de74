// An advisor's script (a .NET 10 file-based app): run from the repository root with
//   dotnet run samples/scripts/advisor.cs -- samples/13-unknown-facts-pending.json
// Decides the case under the base rule and under the practice of its own Kommune or Land, and prints for each
// member the outcome, the requirements that fail (with their citations) and the facts still to establish.
#:project ../../src/Bleiberecht.Rules/Bleiberecht.Rules.csproj

using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Serialization;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run samples/scripts/advisor.cs -- <case.json>");
    return 2;
}

IReadOnlyList<Bleiberecht.Rules.Facts.Household> cases;
try
{
    cases = CaseJson.ReadFile(args[0]);
}
catch (JsonDocumentException e)
{
    foreach (var problem in e.Problems)
    {
        Console.Error.WriteLine($"{e.Source}: {problem}");
    }

    return 2;
}

foreach (var household in cases)
{
    var own = ProfileCatalog.ForCase(household);
    RuleSet[] ruleSets = own is null ? [RuleSet.Imk2006] : [RuleSet.Imk2006, ProfileCatalog.ToRuleSet(own)];
    foreach (var ruleSet in ruleSets)
    {
        var decision = Evaluator.Evaluate(household, ruleSet);
        Console.WriteLine($"== {household.CaseId} under {ruleSet.Name}: {decision.Outcome}");
        foreach (var member in decision.Members)
        {
            Console.WriteLine($"   {member.PersonId}: {member.Outcome}{(member.ValidUntil is { } until ? $" until {until:yyyy-MM-dd}" : string.Empty)}");
            foreach (var node in member.Explanation.Descendants().Where(n => n.Result == Bleiberecht.Rules.Logic.Truth.False && member.Grounds.Contains(n.ElementId)).DistinctBy(n => n.ElementId))
            {
                Console.WriteLine($"      fails: {node.Label.En} [{string.Join("; ", node.Citations)}]{(node.Detail is { } d ? " — " + d.En : string.Empty)}");
            }
        }

        foreach (var fact in decision.Missing)
        {
            Console.WriteLine($"   to establish: {fact.Path}: {fact.Question.En}");
        }
    }
}

return 0;
