using System.Runtime.InteropServices;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Explanation;

/// <summary>Collects what to ask for from sub-decisions.</summary>
internal static class MissingFacts
{
    /// <summary>
    /// The facts of the nodes whose verdict is still unknown, in order, without duplicates. A decided node's facts
    /// are not asked for: they could not change its verdict.
    /// </summary>
    public static IReadOnlyList<MissingFact> OfUnknown(IReadOnlyList<ExplanationNode> nodes)
    {
        // A junction's or quantifier's children are an array or a list: read over their storage, without an interface
        // call per child (on an array each such call goes through a resolve stub and an instantiating stub).
        if (nodes is ExplanationNode[] array)
        {
            return OfUnknown(array);
        }

        return nodes is List<ExplanationNode> list ? OfUnknown(CollectionsMarshal.AsSpan(list)) : OfUnknown([.. nodes]);
    }

    /// <summary>As <see cref="OfUnknown(IReadOnlyList{ExplanationNode})"/>, over the nodes' storage.</summary>
    public static IReadOnlyList<MissingFact> OfUnknown(ReadOnlySpan<ExplanationNode> nodes)
    {
        // Sized once for every question of the open nodes (an upper bound of the union), instead of growing.
        var capacity = 0;
        var asking = 0;
        IReadOnlyList<MissingFact>? only = null;
        foreach (var node in nodes)
        {
            if (node.Result == Truth.Unknown)
            {
                var count = DistinctLists.Count(node.Missing);
                capacity += count;
                asking += count > 0 ? 1 : 0;
                only = count > 0 ? node.Missing : only;
            }
        }

        if (capacity == 0)
        {
            return [];
        }

        // One open node that asks (the usual case): the union is its own list when that holds no duplicate — the same
        // questions in the same order; lists are never changed once made, so it can be shared.
        if (asking == 1 && DistinctLists.IsDistinct(only!))
        {
            return only!;
        }

        var result = new List<MissingFact>(capacity);

        // Over many nodes (a household's members or jobs) a set keeps the union linear.
        var seen = nodes.Length > 16 ? new HashSet<MissingFact>() : null;
        foreach (var node in nodes)
        {
            if (node.Result != Truth.Unknown || DistinctLists.Count(node.Missing) == 0)
            {
                continue;
            }

            if (seen is null)
            {
                result.AddDistinct(node.Missing);
            }
            else
            {
                result.AddDistinct(node.Missing, seen);
            }
        }

        return result;
    }
}
