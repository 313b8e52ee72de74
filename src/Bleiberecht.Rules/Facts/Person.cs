namespace Bleiberecht.Rules.Facts;

/// <summary>One member of the household with every fact the IMK elements ask about.</summary>
public sealed record Person
{
    /// <summary>Identifier unique within the household (e.g. "father", "child-1").</summary>
    public required string Id { get; init; }

    /// <summary>Role in the household: structural, so it is always known.</summary>
    public required HouseholdRole Role { get; init; }

    /// <summary>Date of birth.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>
    /// The date of birth known only within bounds ("adult on 1.7.2007" = <c>{ "to": "1989-07-01" }</c>, "born 1989 or
    /// 1990" = <c>{ "from": "1989-01-01", "to": "1990-12-31" }</c>); read only where <see cref="BirthDate"/> is unknown.
    /// Age moves many elements in different directions, so the household is decided for every birth date in the range
    /// at which an age the rules read changes; a definite outcome only if all agree, otherwise the birth date is
    /// asked for (ADR 0013).
    /// </summary>
    public DateRange? BirthDateRange { get; init; }

    /// <summary>Date of entry into Germany (the birth date for children born in Germany).</summary>
    public DateOnly? EntryDate { get; init; }

    /// <summary>
    /// The date of entry known only within bounds (entry "after 30.6.1999" = <c>{ "from": "1999-07-01" }</c>); read
    /// only where <see cref="EntryDate"/> is unknown. The residence time is judged at both ends (ADR 0013).
    /// </summary>
    public DateRange? EntryDateRange { get; init; }

    /// <summary>
    /// Interruptions of the stay in Germany since entry (periods abroad or without any status). <c>null</c> =
    /// unknown; an empty list = known to be uninterrupted.
    /// </summary>
    public IReadOnlyList<DatePeriod>? Interruptions { get; init; }

    /// <summary>
    /// Residence-status history (Duldung, Gestattung, permits). A period without any status
    /// (<see cref="ResidenceStatus.None"/>) interrupts the stay like an entry in <see cref="Interruptions"/>.
    /// </summary>
    public IReadOnlyList<StatusPeriod>? StatusHistory { get; init; }

    /// <summary>Holds a Duldung (suspension of deportation) at the decision date.</summary>
    public bool? Tolerated { get; init; }

    /// <summary>Is obliged to leave (vollziehbar ausreisepflichtig); Berlin refused 112 applications for lack of it (L794).</summary>
    public bool? ObligedToLeave { get; init; }

    /// <summary>True if the Duldung carries the annotation "Erwerbstätigkeit nicht gestattet" (L2914-2916).</summary>
    public bool? DuldungForbidsEmployment { get; init; }

    /// <summary>
    /// Holds or held the job-search Duldung of the resolution (Duldung zur Arbeitsplatzsuche, Punkt 9) when the job was
    /// taken up. Sachsen lifted the residence restriction for these holders only (Weisung of 22.12.2006, L2912-2918).
    /// </summary>
    public bool? HeldJobSearchDuldung { get; init; }

    /// <summary>
    /// Admitted to an integration course (BAMF). Oder-Spree meant to grant persons with serious German deficits a
    /// fixed-term permit with the course; where the BAMF refused the course the Duldung was extended instead (L1121-1131).
    /// Read only where a deficit leads to a permit with a course (option A23).
    /// </summary>
    public bool? IntegrationCourseAdmitted { get; init; }

    /// <summary>Highest German level reached on the CEFR scale (A2 is required, L4179-4180).</summary>
    public CefrLevel? GermanLevel { get; init; }

    /// <summary>
    /// The day <see cref="GermanLevel"/> was reached (e.g. the certificate's date); the level counts from then on, so a
    /// decision before it sees a lower level (ADR 0013). <c>null</c> = held throughout.
    /// </summary>
    public DateOnly? GermanLevelSince { get; init; }

    /// <summary>
    /// The German level was verified orally in person at the authority (Rhein-Lahn, L2680-2682); asked only where
    /// <c>Language.ProofMode = OralCheckInPerson</c>.
    /// </summary>
    public bool? GermanVerifiedInPerson { get; init; }

    /// <summary>
    /// Cannot reach the required German level because of a physical, mental or psychological illness or disability,
    /// or because of age (§ 104a Abs. 1 S. 5 AufenthG [background]: verify); read only under the § 104a regime.
    /// </summary>
    public bool? LanguageExemption { get; init; }

    /// <summary>
    /// Unmarried (ledig): read for an adult child under § 104a Abs. 2 S. 1 AufenthG [background]: verify; null = unknown.
    /// </summary>
    public bool? Unmarried { get; init; }

    /// <summary>
    /// The authority finds it assured that the person, by education and way of life so far, will integrate lastingly
    /// (§ 104a Abs. 2 S. 1 and S. 2 AufenthG [background]: verify); read only for the discretionary routes of Abs. 2.
    /// </summary>
    public bool? IntegrationPrognosis { get; init; }

    /// <summary>
    /// For a minor child staying on its own (§ 104b AufenthG [background]: verify): its care and custody in Germany are
    /// assured (Personensorge sichergestellt).
    /// </summary>
    public bool? CustodyAssured { get; init; }

    /// <summary>
    /// For a minor child (§ 104b AufenthG [background]: verify): the parents leave Germany after their own application
    /// was refused, and the child is to stay.
    /// </summary>
    public bool? ParentsLeave { get; init; }

    /// <summary>Facts about a child: day care, school, school prognosis.</summary>
    public Schooling? Schooling { get; init; }

    /// <summary>Jobs, training and self-employment (current or offered). <c>null</c> = unknown; empty = none.</summary>
    public IReadOnlyList<Employment>? Employments { get; init; }

    /// <summary>Passport and identity situation.</summary>
    public IdentityDocuments? Identity { get; init; }

    /// <summary>True if the person breached the duty to cooperate (Mitwirkungspflicht), e.g. in passport procurement.</summary>
    public bool? CooperationBreached { get; init; }

    /// <summary>
    /// The breach of the duty to cooperate was deliberate. Berlin counted such breaches as deception (L793-794), and
    /// only deliberate deception excludes (L182-184).
    /// </summary>
    public bool? CooperationBreachDeliberate { get; init; }

    /// <summary>The breach is of some weight; read where A14 requires it (NW decree of 23.3.2007, L2104-2108).</summary>
    public bool? CooperationBreachOfSomeWeight { get; init; }

    /// <summary>The breach is outweighed by integration; read where A14 weighs it (SH, "Mitwirkungspflicht", L3193-3197).</summary>
    public bool? CooperationBreachOutweighedByIntegration { get; init; }

    /// <summary>Criminal convictions. <c>null</c> = unknown (no certificate of conduct yet); empty = none.</summary>
    public IReadOnlyList<Conviction>? Convictions { get; init; }

    /// <summary>Deception, obstruction of removal and absconding, with periods. <c>null</c> = unknown; empty = none.</summary>
    public IReadOnlyList<MisconductRecord>? Misconduct { get; init; }

    /// <summary>Links to or support of extremist or terrorist organisations.</summary>
    public bool? ExtremismLinks { get; init; }

    /// <summary>
    /// The day the extremist links ended; <c>null</c> = not ended (still existing). Read only where a look-back
    /// applies (<c>Exclusion.ExtremismLookbackYears</c>, A36; ADR 0013).
    /// </summary>
    public DateOnly? ExtremismLinksEndedOn { get; init; }

    /// <summary>
    /// The authority found exceptional circumstances that justify disregarding a conviction above the threshold
    /// (only relevant where <c>Exclusion.ConvictionDiscretionaryOverride</c> is true, L2229-2232).
    /// </summary>
    public bool? ExceptionalCircumstances { get; init; }

    /// <summary>
    /// Another humanitarian title (e.g. through the hardship commission, § 23a AufenthG) was granted; settles the
    /// application where <c>Fallback.OtherHumanitarianTitle</c> routes refused cases there (A32). A recorded event,
    /// so absence means "not granted".
    /// </summary>
    public bool OtherTitleGranted { get; init; }

    /// <summary>
    /// For a spouse: whether refusing him or her because of another member's exclusion ground would be a particular
    /// hardship (only relevant where <c>Family.ExclusionScope = WholeHouseholdExceptSpouseHardship</c>).
    /// </summary>
    public bool? SpouseHardship { get; init; }

    /// <summary>
    /// Unable to work (erwerbsunfähig) — Punkt 3.3 group (d) [background]: such a person may be granted where the
    /// household's livelihood, including care, is permanently secured otherwise without public funds.
    /// </summary>
    public bool? UnableToWork { get; init; }

    /// <summary>
    /// For a single parent: taking up work cannot reasonably be expected (§ 10 Abs. 1 Nr. 3 SGB II, e.g. raising a
    /// child under three) — Punkt 3.3 group (c) [background].
    /// </summary>
    public bool? WorkNotReasonable { get; init; }

    /// <summary>Has no family left in the country of origin — Punkt 3.3 group (e), persons of 65 and over [background].</summary>
    public bool? NoFamilyInCountryOfOrigin { get; init; }

    /// <summary>
    /// Has children or grandchildren in Germany with lasting residence or German nationality — Punkt 3.3 group (e)
    /// [background].
    /// </summary>
    public bool? DescendantsSettledInGermany { get; init; }
}

/// <summary>Role of a member in the household.</summary>
public enum HouseholdRole
{
    /// <summary>The main applicant.</summary>
    Applicant,

    /// <summary>Spouse or registered partner of the applicant.</summary>
    Spouse,

    /// <summary>A child of the applicant or spouse.</summary>
    Child,

    /// <summary>Another relative living in the household.</summary>
    OtherRelative,
}

/// <summary>Level of the Common European Framework of Reference for Languages (GER).</summary>
public enum CefrLevel
{
    /// <summary>No German.</summary>
    None = 0,

    /// <summary>Breakthrough.</summary>
    A1 = 1,

    /// <summary>Waystage: the level required by the resolution (L4179-4180).</summary>
    A2 = 2,

    /// <summary>Threshold.</summary>
    B1 = 3,

    /// <summary>Vantage.</summary>
    B2 = 4,

    /// <summary>Effective operational proficiency.</summary>
    C1 = 5,

    /// <summary>Mastery.</summary>
    C2 = 6,
}
