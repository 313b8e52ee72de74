using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;

namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>
/// The search machinery shared by <see cref="PathSearch"/>, <see cref="WhereQualifies"/> and <see cref="PathSummary"/>:
/// change sets as bit sets over a catalogue, enumerated by size with at most one change per slot, the households they
/// produce decided together on the bulk path (one <see cref="HouseholdBatch"/> per size, no explanations).
/// </summary>
internal sealed class PathEngine
{
    private readonly Household _household;
    private readonly IReadOnlyList<FactChange> _catalogue;
    private readonly ulong[] _conflicts;

    public PathEngine(Household household, IReadOnlyList<FactChange> catalogue, int target)
    {
        _household = household;
        _catalogue = catalogue;
        Target = target;
        _conflicts = new ulong[catalogue.Count];
        for (var i = 0; i < catalogue.Count; i++)
        {
            for (var j = 0; j < catalogue.Count; j++)
            {
                if (i != j && catalogue[i].Slot == catalogue[j].Slot)
                {
                    _conflicts[i] |= 1UL << j;
                }
            }
        }
    }

    /// <summary>Index of the target member, or -1 for the whole household.</summary>
    public int Target { get; }

    public int Count => _catalogue.Count;

    /// <summary>The changes of a set, in catalogue order.</summary>
    public List<FactChange> ChangesOf(ulong set)
    {
        var list = new List<FactChange>();
        for (var i = 0; i < _catalogue.Count; i++)
        {
            if ((set & (1UL << i)) != 0)
            {
                list.Add(_catalogue[i]);
            }
        }

        return list;
    }

    public Household Apply(ulong set) => FactChange.ApplyAll(_household, ChangesOf(set));

    /// <summary>
    /// One change of every slot (the first: a passport before documented efforts) — the most any path can do if the
    /// changes only ever help.
    /// </summary>
    public ulong Everything()
    {
        ulong set = 0;
        for (var i = 0; i < _catalogue.Count; i++)
        {
            if ((set & _conflicts[i]) == 0)
            {
                set |= 1UL << i;
            }
        }

        return set;
    }

    /// <summary>The change sets of a size, at most one per slot, none containing a set of <paramref name="found"/>.</summary>
    public List<ulong> Candidates(int size, IReadOnlyList<ulong> found) => Candidates(size, found, []);

    /// <summary>As <see cref="Candidates(int, IReadOnlyList{ulong})"/>, each set also meeting every slot of <paramref name="required"/> (masks of alternatives).</summary>
    public List<ulong> Candidates(int size, IReadOnlyList<ulong> found, IReadOnlyList<ulong> required)
    {
        var result = new List<ulong>();
        Extend(0, 0, size, found, required, result);
        return result;
    }

    /// <summary>The changes of a slot: the change and its alternatives.</summary>
    public ulong SlotOf(int change) => (1UL << change) | _conflicts[change];

    private void Extend(int from, ulong set, int left, IReadOnlyList<ulong> found, IReadOnlyList<ulong> required, List<ulong> result)
    {
        if (left == 0)
        {
            foreach (var f in found)
            {
                if ((set & f) == f)
                {
                    return;
                }
            }

            foreach (var slot in required)
            {
                if ((set & slot) == 0)
                {
                    return;
                }
            }

            result.Add(set);
            return;
        }

        for (var i = from; i <= _catalogue.Count - left; i++)
        {
            if ((set & _conflicts[i]) != 0)
            {
                continue;
            }

            Extend(i + 1, set | (1UL << i), left - 1, found, required, result);
        }
    }

    /// <summary>Decides the households together on the bulk path (on the calling thread).</summary>
    public static (HouseholdBatch Batch, BulkResult[] Results, BulkHouseholdResult[] Households) Decide(IReadOnlyList<Household> households, CompiledRuleSet rules)
    {
        var batch = HouseholdBatch.Create(households);
        var results = new BulkResult[batch.PersonCount];
        var hs = new BulkHouseholdResult[batch.HouseholdCount];
        BulkEvaluator.EvaluateRange(batch, rules, 0, batch.HouseholdCount, results, hs);
        return (batch, results, hs);
    }

    /// <summary>Evaluates households of an existing batch under another rule set into the given buffers.</summary>
    public static void Decide(HouseholdBatch batch, CompiledRuleSet rules, BulkResult[] results, BulkHouseholdResult[] households)
        => BulkEvaluator.EvaluateRange(batch, rules, 0, batch.HouseholdCount, results, households);

    /// <summary>True if the target of household <paramref name="h"/> of the batch holds a permit.</summary>
    public static bool Granted(HouseholdBatch batch, BulkResult[] results, int h, int target)
    {
        var first = batch.FirstMember(h);
        if (target >= 0)
        {
            return PermitOutcomes.IsPermit(results[first + target].Outcome);
        }

        var n = batch.MemberCount(h);
        for (var m = 0; m < n; m++)
        {
            if (!PermitOutcomes.IsPermit(results[first + m].Outcome))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The target's grounds in household <paramref name="h"/> of the batch.</summary>
    public static uint Grounds(HouseholdBatch batch, BulkResult[] results, BulkHouseholdResult[] households, int h, int target)
        => target >= 0 ? results[batch.FirstMember(h) + target].Failures.Bits : households[h].Failures.Bits;

    /// <summary>The target's outcome in a decision from the explain path.</summary>
    public static Outcome OutcomeOf(HouseholdDecision decision, int target) => target >= 0 ? decision.Members[target].Outcome : decision.Outcome;

    /// <summary>True if the target holds a permit in a decision from the explain path.</summary>
    public static bool Granted(HouseholdDecision decision, int target)
        => target >= 0 ? PermitOutcomes.IsPermit(decision.Members[target].Outcome) : decision.Members.All(m => PermitOutcomes.IsPermit(m.Outcome));

    /// <summary>The target's grounds in a decision from the explain path, as a mask under the rule set's regime.</summary>
    public static uint Grounds(HouseholdDecision decision, RuleSet ruleSet, int target)
        => ruleSet.Regime.MaskOf(target >= 0 ? decision.Members[target].Grounds : decision.Grounds).Bits;
}
