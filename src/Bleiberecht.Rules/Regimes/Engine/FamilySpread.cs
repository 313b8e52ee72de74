namespace Bleiberecht.Rules.Regimes;

/// <summary>
/// How far one member's exclusion ground reaches the other members of the household (through the regime's
/// <see cref="ElementRole.FamilyScope"/> element). Each exclusion ground states its own spread and cites it
/// (<see cref="RegimeElement.SpreadCitation"/>): the IMK resolution spreads every ground as the rule set's A19
/// says, § 104a Abs. 3 S. 1 AufenthG spreads only the convictions of Abs. 1 Nr. 6.
/// </summary>
public enum FamilySpread
{
    /// <summary>
    /// As the rule set's option A19 <c>Family.ExclusionScope</c> says (the IMK default: the whole household, a
    /// reading that rests on one advice practice, Wuppertal L2198-2201, [background]).
    /// </summary>
    RuleSetScope,

    /// <summary>The ground affects only the member who has it.</summary>
    None,

    /// <summary>The ground of the applicant reaches the spouse and vice versa (the couple: roles Head and Spouse).</summary>
    Spouses,

    /// <summary>The ground of a parent (role Head or Spouse) reaches the minor children; nobody else.</summary>
    ParentsToMinorChildren,

    /// <summary>The ground reaches every member of the household.</summary>
    WholeHousehold,

    /// <summary>
    /// The ground reaches every member of the household except a spouse for whom refusal would be a particular
    /// hardship (§ 104a Abs. 3 S. 1 and S. 2 AufenthG [background]: verify); while that hardship is not known the
    /// spouse's case stays open.
    /// </summary>
    WholeHouseholdExceptSpouseHardship,
}
