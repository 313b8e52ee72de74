// Scale measurements for the README's "Input limits" table (a .NET 10 file-based app), run from the repository root:
//   dotnet run -c Release benchmarks/scale/scale.cs -- make-members 10000 /tmp/members.json   # one household, N members
//   dotnet run -c Release benchmarks/scale/scale.cs -- make-households 1000000 /tmp/h.json    # N households
//   /usr/bin/time -v dotnet run -c Release benchmarks/scale/scale.cs -- explain /tmp/members.json
//   /usr/bin/time -v dotnet run -c Release benchmarks/scale/scale.cs -- bulk /tmp/h.json
// The documents are built from the bundled samples (members and households repeated with new ids), so every rule is
// exercised. "bulk" reads the file with CaseJson.ReadMany and evaluates it in chunks of 10,000 households on the
// bulk path: memory stays constant however many households the file holds.
#:project ../../src/Bleiberecht.Rules/Bleiberecht.Rules.csproj
#:property InvariantGlobalization=true

using System.Diagnostics;
using System.Globalization;
using System.Text;
using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Serialization;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: scale.cs make-members N file | make-households N file | explain file | bulk file");
    return 2;
}

var samples = Directory.GetFiles("samples", "*.json").Order(StringComparer.Ordinal).SelectMany(f => CaseJson.ReadFile(f)).ToList();
var watch = Stopwatch.StartNew();
switch (args[0])
{
    case "make-members":
    {
        var n = int.Parse(args[1], CultureInfo.InvariantCulture);
        var people = samples.SelectMany(h => h.Members).ToList();
        var members = Enumerable.Range(0, n).Select(i => people[i % people.Count] with { Id = $"m{i}", Role = i == 0 ? HouseholdRole.Applicant : people[i % people.Count].Role == HouseholdRole.Applicant ? HouseholdRole.OtherRelative : people[i % people.Count].Role }).ToList();
        File.WriteAllText(args[2], CaseJson.Write(samples[0] with { CaseId = "members-" + n, Members = members }));
        break;
    }

    case "make-households":
    {
        var n = int.Parse(args[1], CultureInfo.InvariantCulture);
        using var file = new StreamWriter(args[2], false, new UTF8Encoding(false));
        file.Write('[');
        for (var i = 0; i < n; i++)
        {
            file.Write(i == 0 ? "\n" : ",\n");
            file.Write(CaseJson.Write(samples[i % samples.Count] with { CaseId = $"h{i}" }));
        }

        file.Write("\n]\n");
        break;
    }

    case "explain":
    {
        var household = CaseJson.ReadFile(args[1])[0];
        var read = watch.Elapsed;
        var decision = Evaluator.Evaluate(household, RuleSet.Imk2006);
        var explained = watch.Elapsed - read;
        var json = CaseJson.Write([decision]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{household.Members.Count} members: read {read.TotalSeconds:0.00} s, explain {explained.TotalSeconds:0.00} s, {decision.Explanation.Descendants().Count():N0} nodes, --json {json.Length / 1e6:0.0} MB, {decision.Outcome}"));
        break;
    }

    case "bulk":
    {
        var rules = CompiledRuleSet.Compile(RuleSet.Imk2006);
        var outcomes = new Dictionary<Outcome, long>();
        long households = 0;
        var chunk = new List<Household>(10_000);
        void Flush()
        {
            var batch = HouseholdBatch.Create(chunk);
            var results = new BulkHouseholdResult[batch.HouseholdCount];
            BulkEvaluator.Evaluate(batch, rules, new BulkResult[batch.PersonCount], results, parallel: true);
            foreach (var r in results)
            {
                outcomes[r.Outcome] = outcomes.GetValueOrDefault(r.Outcome) + 1;
            }

            households += chunk.Count;
            chunk.Clear();
        }

        using (var stream = File.OpenRead(args[1]))
        {
            foreach (var h in CaseJson.ReadMany(stream, args[1]))
            {
                chunk.Add(h);
                if (chunk.Count == chunk.Capacity)
                {
                    Flush();
                }
            }
        }

        Flush();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{households:N0} households in {watch.Elapsed.TotalSeconds:0.0} s: {string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value:N0}"))}"));
        break;
    }

    default:
        Console.Error.WriteLine("unknown command " + args[0]);
        return 2;
}

return 0;
