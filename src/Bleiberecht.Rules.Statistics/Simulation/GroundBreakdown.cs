using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>One line of a <see cref="GroundBreakdown"/>: an element id or a missing-fact path and how often it occurs.</summary>
/// <param name="Key">Element id (e.g. <c>IMK.Exclusion.Conviction</c>) or missing-fact path with member and job indices replaced by <c>*</c>.</param>
/// <param name="Persons">Persons for whom the key applies (a refusal ground, a missing fact of a pending member).</param>
/// <param name="SolePersons">Of those, persons for whom it is the only ground or the only missing fact.</param>
/// <param name="Households">Households in which it applies to at least one member (for failing elements: anywhere in the tree).</param>
public sealed record BreakdownEntry(string Key, int Persons, int SolePersons, int Households);

/// <summary>
/// Why a population gets its outcomes under one rule set: the outcome counts, every refusal ground (element id),
/// every missing-fact path of pending members, and every element whose verdict is false somewhere in a household's
/// explanation tree. A diagnostic for the population parameters: a ground with many <see cref="BreakdownEntry.SolePersons"/>
/// decides the refusal share on its own. Deterministic: households are evaluated in parallel, counted in index order.
/// </summary>
public sealed partial class GroundBreakdown
{
    private GroundBreakdown(
        string ruleSet,
        int households,
        int persons,
        IReadOnlyList<int> personOutcomes,
        IReadOnlyList<int> householdOutcomes,
        IReadOnlyList<BreakdownEntry> refusalGrounds,
        IReadOnlyList<BreakdownEntry> pendingGrounds,
        IReadOnlyList<BreakdownEntry> missingFacts,
        IReadOnlyList<BreakdownEntry> failingElements)
    {
        RuleSet = ruleSet;
        Households = households;
        Persons = persons;
        PersonOutcomes = personOutcomes;
        HouseholdOutcomes = householdOutcomes;
        RefusalGrounds = refusalGrounds;
        PendingGrounds = pendingGrounds;
        MissingFacts = missingFacts;
        FailingElements = failingElements;
    }

    /// <summary>Name of the rule set.</summary>
    public string RuleSet { get; }

    /// <summary>Households evaluated.</summary>
    public int Households { get; }

    /// <summary>Persons evaluated.</summary>
    public int Persons { get; }

    /// <summary>Persons per <see cref="OutcomeCategory"/>, indexed by the category.</summary>
    public IReadOnlyList<int> PersonOutcomes { get; }

    /// <summary>Households per <see cref="OutcomeCategory"/>, indexed by the category.</summary>
    public IReadOnlyList<int> HouseholdOutcomes { get; }

    /// <summary>Grounds of refused persons, most frequent first.</summary>
    public IReadOnlyList<BreakdownEntry> RefusalGrounds { get; }

    /// <summary>Elements that keep pending persons open (passport outstanding, unknown conditions), most frequent first.</summary>
    public IReadOnlyList<BreakdownEntry> PendingGrounds { get; }

    /// <summary>Missing-fact paths of pending persons, most frequent first.</summary>
    public IReadOnlyList<BreakdownEntry> MissingFacts { get; }

    /// <summary>Elements with a false verdict in a household's tree and no met requirement above them (whatever the outcome), most frequent first; persons are not counted (0).</summary>
    public IReadOnlyList<BreakdownEntry> FailingElements { get; }

    /// <summary>Share of persons in a category.</summary>
    /// <param name="category">The category.</param>
    public double PersonShare(OutcomeCategory category) => Persons == 0 ? 0 : (double)PersonOutcomes[(int)category] / Persons;

    /// <summary>Share of persons refused with <paramref name="groundId"/> among their grounds.</summary>
    /// <param name="groundId">Element id.</param>
    public double RefusalGroundShare(string groundId) =>
        Persons == 0 ? 0 : (double)(RefusalGrounds.FirstOrDefault(e => e.Key == groundId)?.Persons ?? 0) / Persons;

    /// <summary>Evaluates <paramref name="population"/> under <paramref name="ruleSet"/> and counts grounds, missing facts and failing elements.</summary>
    /// <param name="population">Households.</param>
    /// <param name="ruleSet">Rule set; null = the base rule.</param>
    /// <param name="maxDegreeOfParallelism">Threads; null = all cores. The result does not depend on it.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static GroundBreakdown Compute(IReadOnlyList<Household> population, RuleSet? ruleSet = null, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(population);
        ruleSet ??= Evaluation.RuleSet.Imk2006;
        var n = population.Count;
        var perHousehold = new HouseholdCounts[n];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxDegreeOfParallelism ?? -1 };
        Parallel.For(0, n, parallel, h => perHousehold[h] = Count(Evaluator.Evaluate(population[h], ruleSet)));

        var personOutcomes = new int[OutcomeCategories.All.Count];
        var householdOutcomes = new int[OutcomeCategories.All.Count];
        var refusal = new Tally();
        var pending = new Tally();
        var missing = new Tally();
        var failing = new Tally();
        var persons = 0;
        foreach (var c in perHousehold)
        {
            householdOutcomes[(int)c.Outcome]++;
            foreach (var p in c.Members)
            {
                persons++;
                personOutcomes[(int)p.Category]++;
                if (p.Category == OutcomeCategory.Refusal)
                {
                    refusal.AddPerson(p.Grounds);
                }
                else if (p.Category == OutcomeCategory.Pending)
                {
                    pending.AddPerson(p.Grounds);
                    missing.AddPerson(p.Missing);
                }
            }

            refusal.AddHousehold(c.Members.Where(m => m.Category == OutcomeCategory.Refusal).SelectMany(m => m.Grounds));
            pending.AddHousehold(c.Members.Where(m => m.Category == OutcomeCategory.Pending).SelectMany(m => m.Grounds));
            missing.AddHousehold(c.Members.Where(m => m.Category == OutcomeCategory.Pending).SelectMany(m => m.Missing));
            failing.AddHousehold(c.Failing);
        }

        return new GroundBreakdown(ruleSet.Name, n, persons, personOutcomes, householdOutcomes, refusal.Entries(), pending.Entries(), missing.Entries(), failing.Entries());
    }

    /// <summary>The breakdown as fixed-width text: outcomes, then the <paramref name="top"/> lines of each list.</summary>
    /// <param name="top">Lines per list (≥ 1).</param>
    public string Render(int top = 12)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Breakdown under {RuleSet}: {Households} households, {Persons} persons").AppendLine();
        sb.Append("  Outcomes (persons / households):");
        foreach (var c in OutcomeCategories.All)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {c} {Pct(PersonOutcomes[(int)c], Persons)} / {Pct(HouseholdOutcomes[(int)c], Households)}");
        }

        sb.AppendLine();
        List(sb, "Refusal grounds (a person can have several; 'sole' = the only ground)", RefusalGrounds, top, true);
        List(sb, "Pending: elements keeping the case open", PendingGrounds, top, true);
        List(sb, "Pending: missing facts (paths, * = any member or job)", MissingFacts, top, true);
        List(sb, "Elements failing in the household's tree (not below a met requirement; any outcome)", FailingElements, top, false);
        sb.AppendLine("  Shares are of all persons / all households of the population.");
        return sb.ToString();
    }

    private void List(StringBuilder sb, string title, IReadOnlyList<BreakdownEntry> entries, int top, bool withPersons)
    {
        sb.Append("  ").AppendLine(title);
        if (entries.Count == 0)
        {
            sb.AppendLine("    (none)");
            return;
        }

        sb.Append("    ").Append("Key".PadRight(58));
        if (withPersons)
        {
            sb.Append("Persons".PadLeft(18)).Append("Sole".PadLeft(18));
        }

        sb.Append("Households".PadLeft(18)).AppendLine();
        foreach (var e in entries.Take(top))
        {
            sb.Append("    ").Append(e.Key.Length > 57 ? e.Key[..57] : e.Key.PadRight(58));
            if (withPersons)
            {
                sb.Append(Count(e.Persons, Persons).PadLeft(18)).Append(Count(e.SolePersons, Persons).PadLeft(18));
            }

            sb.Append(Count(e.Households, Households).PadLeft(18)).AppendLine();
        }

        if (entries.Count > top)
        {
            sb.Append(CultureInfo.InvariantCulture, $"    ... {entries.Count - top} more").AppendLine();
        }
    }

    private static string Pct(int count, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"{(total == 0 ? 0 : 100.0 * count / total):0.0} %");

    private static string Count(int count, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} ({(total == 0 ? 0 : 100.0 * count / total):0.0} %)");

    private static HouseholdCounts Count(HouseholdDecision d)
    {
        var members = new MemberCounts[d.Members.Count];
        for (var i = 0; i < members.Length; i++)
        {
            var m = d.Members[i];
            members[i] = new MemberCounts(
                OutcomeCategories.Of(m.Outcome),
                m.Grounds.Distinct(StringComparer.Ordinal).ToArray(),
                m.Missing.Select(f => Normalise(f.Path)).Distinct(StringComparer.Ordinal).ToArray());
        }

        var failing = new HashSet<string>(StringComparer.Ordinal);
        CollectFailing(d.Explanation, failing);
        return new HouseholdCounts(OutcomeCategories.Of(d.Outcome), members, [.. failing.Order(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Collects elements with a false verdict that matter: a true node settles its requirement, so false alternatives
    /// below it (an unused passport substitute, an exception that did not apply) are skipped. Outcome nodes are
    /// transparent: their verdict is the outcome's, not a requirement's.
    /// </summary>
    private static void CollectFailing(ExplanationNode node, HashSet<string> failing)
    {
        var outcome = node.ElementId.StartsWith("IMK.Outcome.", StringComparison.Ordinal) || node.ElementId == "IMK.Transition.ToStatute";
        if (!outcome)
        {
            if (node.Result == Truth.True)
            {
                return;
            }

            if (node.Result == Truth.False)
            {
                failing.Add(node.ElementId);
            }
        }

        foreach (var child in node.Children)
        {
            CollectFailing(child, failing);
        }
    }

    private static string Normalise(string path) => IndexPattern().Replace(path, "[*]");

    [GeneratedRegex(@"\[\d+\]", RegexOptions.CultureInvariant)]
    private static partial Regex IndexPattern();

    private sealed record MemberCounts(OutcomeCategory Category, string[] Grounds, string[] Missing);

    private sealed record HouseholdCounts(OutcomeCategory Outcome, MemberCounts[] Members, string[] Failing);

    /// <summary>Counts per key; entries are ordered by persons, then households, then key (ordinal), so ties are stable.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);

        public void AddPerson(string[] keys)
        {
            foreach (var k in keys)
            {
                var c = Get(k);
                c[0]++;
                if (keys.Length == 1)
                {
                    c[1]++;
                }
            }
        }

        public void AddHousehold(IEnumerable<string> keys)
        {
            foreach (var k in keys.Distinct(StringComparer.Ordinal))
            {
                Get(k)[2]++;
            }
        }

        public List<BreakdownEntry> Entries() =>
            _counts.Select(kv => new BreakdownEntry(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2]))
                .OrderByDescending(e => e.Persons)
                .ThenByDescending(e => e.Households)
                .ThenBy(e => e.Key, StringComparer.Ordinal)
                .ToList();

        private int[] Get(string key)
        {
            if (!_counts.TryGetValue(key, out var c))
            {
                c = new int[3];
                _counts[key] = c;
            }

            return c;
        }
    }
}
