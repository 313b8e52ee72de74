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
        List<MissingFact>? result = null;

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
                    (result ??= []).AddDistinct(node.Missing);
                }
                else
                {
                    (result ??= []).AddDistinct(node.Missing, seen);
                }
            }
        }

        return result ?? (IReadOnlyList<MissingFact>)[];
    }
}
