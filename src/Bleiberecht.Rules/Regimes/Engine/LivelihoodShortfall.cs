namespace Bleiberecht.Rules.Regimes;

/// <summary>What a regime grants when everything is met except the household's livelihood.</summary>
public enum LivelihoodShortfall
{
    /// <summary>
    /// IMK Punkt 9: a Duldung for the job search until the work take-up deadline, refusal after it (where the regime
    /// has the derived work take-up element; without it a livelihood failure refuses).
    /// </summary>
    JobSearchDuldung,

    /// <summary>
    /// § 104a Abs. 1 S. 2 AufenthG [background]: verify — a residence permit "auf Probe" (under § 23 Abs. 1, valid until
    /// 31.12.2009, Abs. 5; L1135-1138): <see cref="Evaluation.Outcome.ProbationPermit104a"/>.
    /// </summary>
    ProbationPermit,
}
