namespace Bleiberecht.Rules.Facts;

/// <summary>
/// One case: a household applying together, with the procedural facts of its application. Every fact that can be
/// unknown is nullable; <c>null</c> means "not known yet" and leads to <c>Unknown</c>, never to <c>false</c>.
/// </summary>
public sealed record Household
{
    /// <summary>Case identifier chosen by the user (file number, pseudonym).</summary>
    public required string CaseId { get; init; }

    /// <summary>Land (ISO 3166-2 code without "DE-", e.g. <c>BY</c>) whose order under § 23 Abs. 1 AufenthG applies.</summary>
    public string? Land { get; init; }

    /// <summary>The local immigration authority (Ausländerbehörde) area, e.g. "München".</summary>
    public string? Kommune { get; init; }

    /// <summary>Whether an application under the resolution was filed ("Antrag auf Erteilung eines Aufenthaltstitels", L137-138).</summary>
    public bool? ApplicationFiled { get; init; }

    /// <summary>
    /// What the application was filed under; absent = the IMK resolution. <c>S104a</c>: a direct application under
    /// § 104a AufenthG (no IMK application), decided under the § 104a regime (<c>RuleSet.ForCase</c>).
    /// </summary>
    public ApplicationBasis? ApplicationUnder { get; init; }

    /// <summary>Date the application was filed; needed for the application deadline.</summary>
    public DateOnly? ApplicationDate { get; init; }

    /// <summary>
    /// True if the application was withdrawn or settled by another title (L1020-1021). A procedural event recorded
    /// in the file rather than a fact to establish, so absence means "not withdrawn", never "unknown".
    /// </summary>
    public bool ApplicationWithdrawn { get; init; }

    /// <summary>
    /// The date on which the authority decides (or the date the case is assessed at). Decides whether the
    /// job-search Duldung (until 30.9.2007) is still possible and whether jobs are current.
    /// </summary>
    public DateOnly? DecisionDate { get; init; }

    /// <summary>Housing of the household.</summary>
    public Housing? Housing { get; init; }

    /// <summary>Need, income support and benefits of the household as a whole.</summary>
    public Livelihood? Livelihood { get; init; }

    /// <summary>
    /// For an extension of a § 104a permit (<c>applicationUnder: "S104aExtension"</c>): how the household's livelihood
    /// was secured by work while the permit ran (§ 104a Abs. 5 S. 2 AufenthG [background]: verify); null = not known.
    /// </summary>
    public WorkLivelihoodHistory? WorkLivelihood { get; init; }

    /// <summary>The members: applicant, spouse or partner, children, other relatives.</summary>
    public required IReadOnlyList<Person> Members { get; init; }
}
