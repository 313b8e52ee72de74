using Bleiberecht.Rules.Evaluation;

namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>
/// Which outcomes count as "a permit" for the path search: the one place to extend when a regime grants a new kind of
/// residence title (e.g. further § 104a outcomes).
/// </summary>
public static class PermitOutcomes
{
    /// <summary>
    /// True for a residence title: the § 23 Abs. 1 permit of the resolution (element 32) and the § 104a permit of the
    /// statutory rule (element 37). A job-search Duldung (Punkt 9) is not a title: it only suspends removal until the
    /// work take-up deadline (L620-621), so the search goes on from it.
    /// </summary>
    /// <param name="outcome">An outcome of a member or household.</param>
    public static bool IsPermit(Outcome outcome) => outcome is Outcome.ResidencePermit or Outcome.StatutoryPermit104a;
}
