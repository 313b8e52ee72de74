using BenchmarkDotNet.Attributes;
using Bleiberecht.Rules.Analysis.Paths;
using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Serialization;

namespace Bleiberecht.Rules.Benchmarks;

/// <summary>
/// Issue 14: the path search for one household under one rule set, up to three changes (target: at most 50 ms).
/// Samples 04 (a job-search Duldung, one job away), 13 (pending: answers first), 05 (refused on residence time: no
/// path, every size searched) and a five-member family with every changeable fact knocked out (the largest catalogue
/// of the samples' kind: 18 changes in 13 slots, 902 change sets of up to three).
/// </summary>
[MemoryDiagnoser]
public class PathSearchBenchmarks
{
    private Household _household = null!;
    private CompiledRuleSet _rules = null!;

    [Params("04-family-job-search-duldung", "13-unknown-facts-pending", "05-too-short-residence", "family-of-five-knocked-out")]
    public string Case { get; set; } = "04-family-job-search-duldung";

    [GlobalSetup]
    public void Setup()
    {
        _rules = CompiledRuleSet.Compile(RuleSet.Imk2006);
        _household = Case == "family-of-five-knocked-out" ? KnockedOut() : Sample(Case);
    }

    [Benchmark(Description = "paths, one household, up to 3 changes")]
    public PathSearchResult Search() => PathSearch.Find(_household, _rules);

    private static Household Sample(string name)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "samples", name + ".json");
            if (File.Exists(file))
            {
                return CaseJson.ReadFile(file)[0];
            }
        }

        throw new FileNotFoundException("samples/" + name + ".json not found above " + Directory.GetCurrentDirectory());
    }

    /// <summary>Sample 04 grown to two adults and three children with no job, German A1, no passports, insufficient housing, no school.</summary>
    private static Household KnockedOut()
    {
        var h = Sample("04-family-job-search-duldung");
        var child = h.Members[2];
        Person[] members =
        [
            .. h.Members.Take(2).Select(p => p with { GermanLevel = CefrLevel.A1, Identity = new IdentityDocuments { ValidPassport = false } }),
            .. Enumerable.Range(1, 3).Select(i => child with
            {
                Id = "child-" + i,
                Schooling = new Schooling { AttendsSchool = false, PositiveSchoolPrognosis = true },
                Identity = new IdentityDocuments { ValidPassport = false },
            }),
        ];
        return h with { Members = members, Housing = new Housing { Sufficient = false, CommunalShelter = false } };
    }
}
