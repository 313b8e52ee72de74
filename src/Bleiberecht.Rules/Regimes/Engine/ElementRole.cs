namespace Bleiberecht.Rules.Regimes;

/// <summary>
/// What an element's verdict does to the decision: the decision procedure (refuse / keep pending / grant) as data. One engine
/// interprets these roles for every regime, on the explain and on the bulk path.
/// </summary>
public enum ElementRole
{
    /// <summary>
    /// The application itself: not filed → <c>NoApplication</c>; unknown whether filed → <c>Pending</c> whatever else
    /// fails, because only an application that exists can be refused (L137-138). A failure is never a refusal.
    /// </summary>
    Gate,

    /// <summary>A hard requirement: not met → refusal; unknown → pending with its questions.</summary>
    Requirement,

    /// <summary>
    /// An exclusion ground of a member: a <see cref="Requirement"/> for the member, which also reaches the other
    /// members through the regime's <see cref="FamilyScope"/> element (A19 decides how far).
    /// </summary>
    ExclusionGround,

    /// <summary>
    /// Derived by the engine, not by a rule of its own: whether another member's exclusion ground reaches this member
    /// (element IMK.Exclusion.FamilyScope). A hard requirement.
    /// </summary>
    FamilyScope,

    /// <summary>
    /// A requirement that can still be met: while it is not met the case stays pending instead of being refused
    /// (passport not yet presented: Wiesbaden, München, Aurich, Gütersloh in the study).
    /// </summary>
    Curable,

    /// <summary>
    /// The household's livelihood: met → permit; unknown → pending; not met, with everything else met → what the
    /// regime grants when only livelihood fails (IMK: a Duldung for the job search until the work take-up deadline,
    /// Punkt 9).
    /// </summary>
    Livelihood,

    /// <summary>
    /// Derived by the engine: the work take-up deadline after which a livelihood failure refuses (Punkt 9). Reported
    /// as a ground beside livelihood.
    /// </summary>
    WorkTakeUp,

    /// <summary>Explained but never decides by itself (e.g. whether the household is a family, read by the residence time).</summary>
    Informational,

    /// <summary>
    /// A discretionary alternative ("kann", § 104a Abs. 2 AufenthG): a member element that stands in for the elements
    /// it names (<see cref="RegimeElement.Replaces"/>) for the members it applies to. A member refused only on those
    /// elements is, where this element holds, decided as if they were met and granted a
    /// <see cref="Evaluation.Outcome.DiscretionaryPermit"/>; where it is unknown, the case stays pending with its
    /// questions; where it fails (or does not apply to the member) the refusal stands. Never refuses by itself.
    /// </summary>
    Discretion,
}
