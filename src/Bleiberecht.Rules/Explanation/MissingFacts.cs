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
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.Result != Truth.Unknown)
            {
                continue;
            }

            var facts = node.Missing;
            for (var k = 0; k < facts.Count; k++)
            {
                var fact = facts[k];
                result ??= [];
                if (!result.Contains(fact))
                {
                    result.Add(fact);
                }
            }
        }

        return result ?? (IReadOnlyList<MissingFact>)[];
    }
}
