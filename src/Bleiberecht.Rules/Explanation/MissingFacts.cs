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
        // The usual case (a junction's or quantifier's children, none open) is decided over the array or list's own
        // storage, without an interface call per child.
        if ((nodes is ExplanationNode[] array && !AnyOpen(array)) || (nodes is List<ExplanationNode> list && !AnyOpen(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list))))
        {
            return [];
        }

        // Sized once for every question of the open nodes (an upper bound of the union), instead of growing.
        var capacity = 0;
        for (var i = 0; i < nodes.Count; i++)
        {
            capacity += nodes[i].Result == Truth.Unknown ? nodes[i].Missing.Count : 0;
        }

        if (capacity == 0)
        {
            return [];
        }

        var result = new List<MissingFact>(capacity);

        // Over many nodes (a household's members or jobs) a set keeps the union linear.
        var seen = nodes.Count > 16 ? new HashSet<MissingFact>() : null;
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.Result != Truth.Unknown)
            {
                continue;
            }

            if (node.Missing.Count > 0)
            {
                if (seen is null)
                {
                    result.AddDistinct(node.Missing);
                }
                else
                {
                    result.AddDistinct(node.Missing, seen);
                }
            }
        }

        return result;
    }

    /// <summary>Whether any node is open and asks something.</summary>
    private static bool AnyOpen(ReadOnlySpan<ExplanationNode> nodes)
    {
        foreach (var node in nodes)
        {
            if (node.Result == Truth.Unknown && node.Missing.Count > 0)
            {
                return true;
            }
        }

        return false;
    }
}
