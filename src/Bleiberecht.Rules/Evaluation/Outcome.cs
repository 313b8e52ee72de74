namespace Bleiberecht.Rules.Evaluation;

/// <summary>The outcome of an IMK 2006 application (§ 23 Abs. 1 permit, job-search Duldung under IMK Punkt 9, refusal, pending, …).</summary>
public enum Outcome
{
    /// <summary>Residence permit under § 23 Abs. 1 AufenthG for two years (element 32).</summary>
    ResidencePermit,

    /// <summary>Duldung for the job search until the work take-up deadline (Punkt 9, element 33).</summary>
    JobSearchDuldung,

    /// <summary>
    /// Residence permit under the statutory rule § 104a AufenthG (until 31.12.2009; "auf Probe" where livelihood is
    /// not secured), for IMK applications a Land converts once the statute is in force (A31, element 37).
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
}
