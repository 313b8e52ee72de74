namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>
/// The outcome groups of the discretion-effect table. Every <c>Outcome</c> value not named here — withdrawn or
/// settled, no application, a household's <c>Mixed</c>, and values added later (e.g. a § 104a probationary permit) —
/// is grouped as <see cref="Other"/>, so the five shares always sum to 1.
/// </summary>
public enum OutcomeCategory
{
    /// <summary>Residence permit (§ 23 Abs. 1 AufenthG).</summary>
    Permit,

    /// <summary>Job-search Duldung (Punkt 9).</summary>
    Duldung,

    /// <summary>Refusal.</summary>
    Refusal,

    /// <summary>Pending (facts missing, passport outstanding).</summary>
    Pending,

    /// <summary>
    /// Everything else: a § 104a permit where the rule set converts applications (A31), withdrawn, no application,
    /// mixed household.
    /// </summary>
    Other,
}
