namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// What one household's evaluation computes that another rule set may take over instead of computing it again
/// (<see cref="CompiledRuleSets"/>): each element verdict, the members' adulthood, the family status, livelihood, and
/// the decision procedure itself. Two compiled rule sets share an input when everything the computation reads that
/// is not a fact of the household is equal (<see cref="CompiledRuleSets.Same"/>).
/// </summary>
internal enum SharedInput
{
    /// <summary>Element 24 (the application deadline): that deadline.</summary>
    Deadline,

    /// <summary>Element 11's verdict: the housing options.</summary>
    Housing,

    /// <summary>Whether each member is of age: the reference date and the age of majority.</summary>
    Adult,

    /// <summary>The family status element 5 reads (element 6): the family options and the reference date.</summary>
    Family,

    /// <summary>Element 9 (school attendance): the compulsory school age and the age of majority.</summary>
    School,

    /// <summary>Element 10 (school prognosis): as <see cref="School"/>, and whether it is required.</summary>
    Prognosis,

    /// <summary>Element 17: causality, weighing and its look-back (the reading of the stored verdicts follows from them).</summary>
    Deception,

    /// <summary>Element 18: its look-back.</summary>
    Obstruction,

    /// <summary>Element 19: the day-fine thresholds and the discretionary override.</summary>
    Conviction,

    /// <summary>Element 20: its look-back.</summary>
    Extremism,

    /// <summary>Element 21: whether absconding is a ground, and its look-back.</summary>
    Absconding,

    /// <summary>Element 12 (cooperation): the passport options and the deception weighing.</summary>
    Cooperation,

    /// <summary>Element 5: the residence time's options and counting day; at run time also the family status and adulthood it read.</summary>
    Residence,

    /// <summary>Element 8: the language options; at run time also the member's adulthood.</summary>
    Language,

    /// <summary>
    /// The § 104a regimes' own elements (<see cref="BulkS104a"/>: in force, 8/6 years, Abs. 2, oral German, the restated
    /// passport, the extension's): equal options throughout, as they read several records.
    /// </summary>
    S104a,

    /// <summary>Element 12 (livelihood): every option record the livelihood and job kernels read.</summary>
    Livelihood,

    /// <summary>The decision procedure: equal plans, livelihood and passport; at run time also equal verdict masks.</summary>
    Procedure,

    /// <summary>
    /// The decision procedure where no member reached the livelihood step: plans equal outside that step
    /// (<see cref="Regimes.RegimePlan.SameOutsideLivelihood"/>) and passport; at run time also equal verdict masks
    /// and the other rule set did not compute livelihood.
    /// </summary>
    ProcedureBeforeLivelihood,

    /// <summary>
    /// Livelihood where the Residenzpflicht relief cannot matter: as <see cref="Livelihood"/> but for that option, taken
    /// over only for a household whose every job lies within the permitted area (<see cref="SharedScratch.ReliefMoot"/>:
    /// element 29, the one kernel that reads the relief, is then met under every relief).
    /// </summary>
    LivelihoodBesideRelief,

    /// <summary>
    /// As <see cref="Procedure"/>, with livelihood compared as <see cref="LivelihoodBesideRelief"/>: read only to copy
    /// the results whole on the same households (<see cref="CompiledRuleSets.ResultsOf"/>).
    /// </summary>
    ProcedureBesideRelief,
}
