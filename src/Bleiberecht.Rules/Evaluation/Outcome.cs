namespace Bleiberecht.Rules.Evaluation;

/// <summary>
/// The outcome of an application under a regime: the IMK resolution of 2006 (§ 23 Abs. 1 permit, job-search Duldung
/// under IMK Punkt 9, refusal, pending, …) or the statutory rule § 104a/§ 104b AufenthG (regular permit, permit
/// "auf Probe", discretionary permit). New members are appended, so the byte values of the bulk results keep their meaning.
/// </summary>
public enum Outcome
{
    /// <summary>Residence permit under § 23 Abs. 1 AufenthG for two years (element 32).</summary>
    ResidencePermit,

    /// <summary>Duldung for the job search until the work take-up deadline (Punkt 9, element 33).</summary>
    JobSearchDuldung,

    /// <summary>
    /// Regular residence permit under the statutory rule § 104a Abs. 1 S. 1 AufenthG with livelihood secured
    /// ([background]: verify): granted under the § 104a regime (<see cref="Regimes.Regime.S104a"/>), directly or for
    /// IMK applications a Land converts once the statute is in force (A31, element 37). Where livelihood is not
    /// secured the statute grants <see cref="ProbationPermit104a"/> instead.
    /// </summary>
    StatutoryPermit104a,

    /// <summary>Refusal with its grounds (element 34).</summary>
    Refusal,

    /// <summary>Not decidable yet: the listed facts are missing, or the passport is still outstanding (element 35).</summary>
    Pending,

    /// <summary>Withdrawn or settled by another title (element 36).</summary>
    WithdrawnOrSettled,

    /// <summary>No application was filed: there is nothing to decide (element 23).</summary>
    NoApplication,

    /// <summary>Household level only: members received different outcomes (e.g. an exclusion ground limited to one person).</summary>
    Mixed,

    /// <summary>
    /// Residence permit "auf Probe" (§ 104a Abs. 1 S. 2 AufenthG [background]: verify; L1135-1138): everything but
    /// livelihood is met; valid until 31.12.2009 (Abs. 5), extended only where livelihood was then secured by work.
    /// Under <see cref="Regimes.Regime.S104aExtension"/>: the permit "auf Probe" extended until 31.12.2011 (IMK 4.12.2009).
    /// </summary>
    ProbationPermit104a,

    /// <summary>
    /// A permit the authority <i>may</i> grant ("kann"): § 104a Abs. 2 S. 1 / S. 2 or § 104b AufenthG [background]: verify.
    /// The legal conditions are met; the grant is at the authority's discretion, so it is shown apart from the
    /// permits the statute grants as of right.
    /// </summary>
    DiscretionaryPermit,
}
