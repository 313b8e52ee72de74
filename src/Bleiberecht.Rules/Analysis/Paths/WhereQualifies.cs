using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Regimes;

namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>
/// "Where would this household qualify?": the same case under the base rule, the 16 Länder and the studied Kommunen
/// (or any rule sets), each with its outcome and its shortest paths to a permit.
/// </summary>
public static class WhereQualifies
{
    /// <summary>
    /// The base rule followed by every profile of the catalogue (16 Länder, then the Kommunen), all under
    /// <paramref name="regime"/> (the IMK regime when null) — pass a composed regime or § 104a once it is a regime.
    /// </summary>
    /// <param name="regime">The regime the profiles' options are applied to.</param>
    public static IReadOnlyList<RuleSet> AllRuleSets(Regime? regime = null)
    {
        var list = new List<RuleSet> { RuleSet.Imk2006 };
        list.AddRange(ProfileCatalog.All.OrderBy(p => p.Kind).Select(ProfileCatalog.ToRuleSet));
        return regime is null ? list : list.Select(r => r with { Regime = regime }).ToList();
    }

    /// <summary>Searches the household under each rule set and keeps the shortest paths.</summary>
    /// <param name="household">The case.</param>
    /// <param name="ruleSets">The rule sets; <see cref="AllRuleSets"/> when null.</param>
    /// <param name="options">Target member, size limit, cost model.</param>
    /// <exception cref="ArgumentException">The member is not in the household.</exception>
    public static IReadOnlyList<RuleSetPaths> Run(Household household, IEnumerable<RuleSet>? ruleSets = null, PathSearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(household);
        var result = new List<RuleSetPaths>();
        foreach (var ruleSet in ruleSets ?? AllRuleSets())
        {
            var found = PathSearch.Find(household, ruleSet, options);
            var shortest = found.ShortestLength;
            var paths = shortest is { } s ? found.Paths.Where(p => p.Changes.Count == s).ToList() : [];
            result.Add(new RuleSetPaths(ruleSet.Name, ruleSet.Title, found.Outcome, shortest, paths));
        }

        return result;
    }
}
