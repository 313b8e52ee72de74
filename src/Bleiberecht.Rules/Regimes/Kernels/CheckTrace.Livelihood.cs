using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>The explain tracer's part for the livelihood kernels: questions already built by a shared explanation node.</summary>
internal partial struct CheckTrace
{
    /// <summary>
    /// Adds the questions of an explanation node the kernel depends on (a job's, computed once per evaluation and
    /// read by several leaves), as they are.
    /// </summary>
    public void Ask(IReadOnlyList<MissingFact> facts)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            Add(new Question(-1, null, null, null, facts[i]));
        }
    }
}
