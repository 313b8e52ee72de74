using Bleiberecht.Rules.Evaluation;

namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>
/// Which outcomes count as "a permit" for the path search: the one place to extend when a regime grants a new kind of
/// residence title (e.g. further § 104a outcomes).
/// </summary>
public static class PermitOutcomes
{
    /// <summary>
    /// True for a residence title the law grants: the § 23 Abs. 1 permit of the resolution (element 32), the regular
    /// § 104a permit and the § 104a permit "auf Probe" (Abs. 1 S. 2, a title until 31.12.2009 [background: verify]).
    /// A job-search Duldung (Punkt 9) is not a title: it only suspends removal until the work take-up deadline
    /// (L620-621), so the search goes on from it. A <see cref="Outcome.DiscretionaryPermit"/> (§ 104a Abs. 2, § 104b:
    /// "kann") is not counted either: the authority may still refuse it, so a path cannot promise it.
    /// </summary>
    /// <param name="outcome">An outcome of a member or household.</param>
    public static bool IsPermit(Outcome outcome)
        => outcome is Outcome.ResidencePermit or Outcome.StatutoryPermit104a or Outcome.ProbationPermit104a;
}
