using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Options;

namespace Bleiberecht.Rules.Regimes.S104a;

/// <summary>
/// The parameters § 104a AufenthG fixes (2007 version; [background]: the study prints only the date it entered
/// into force, L2598-2601 — verify the others against the statute). They are the regime's, not a Land's: a rule set
/// under the § 104a regime reads them whatever its profile says (<see cref="Adapt"/>).
/// </summary>
internal static class S104aParameters
{
    /// <summary>In force from 28.8.2007 (L2598-2601: "ab 28. August 2007").</summary>
    public static DateOnly InForce => S104aElements.InForceDate;

    /// <summary>§ 104a Abs. 1 S. 1 [background]: the residence time and the ages are measured on 1.7.2007.</summary>
    public static DateOnly ReferenceDate => S104aElements.ReferenceDate;

    /// <summary>§ 104a Abs. 1 S. 1 [background]: 8 years uninterrupted.</summary>
    public const int YearsAlone = 8;

    /// <summary>§ 104a Abs. 1 S. 1 [background]: 6 years when living with a minor unmarried child.</summary>
    public const int YearsWithChild = 6;

    /// <summary>§ 104a Abs. 1 S. 4 [background]: the oral German (A2) may be shown until 1.7.2008; a decision up to and including that day defers it.</summary>
    public static readonly DateOnly LanguageDeadline = new(2008, 7, 1);

    /// <summary>§ 104a Abs. 1 S. 1 Nr. 2 [background]: oral German at level A2.</summary>
    public const CefrLevel LanguageLevel = CefrLevel.A2;

    /// <summary>§ 104a Abs. 1 S. 1 Nr. 6 [background]: fines of up to 50 day-fines in total are disregarded.</summary>
    public const int DayFinesGeneral = 50;

    /// <summary>§ 104a Abs. 1 S. 1 Nr. 6 [background]: up to 90 day-fines for offences only foreigners can commit (AufenthG, AsylVfG).</summary>
    public const int DayFinesForeignerOnly = 90;

    /// <summary>§ 104a Abs. 5 S. 1 [background]: the permits are valid until 31.12.2009.</summary>
    public static DateOnly ValidUntil => S104aElements.ValidUntil;

    /// <summary>The last representable day: "no deadline" for the IMK blocks that compare a job's start with one.</summary>
    public static readonly DateOnly NoDeadline = DateOnly.MaxValue;

    /// <summary>§ 104b Nr. 1 [background]: the child was at least 14 on 1.7.2007.</summary>
    public const int ChildStayingAge = 14;

    /// <summary>§ 104b Nr. 3 [background]: the child "beherrscht die deutsche Sprache", read as B1; verify.</summary>
    public const CefrLevel ChildStayingGerman = CefrLevel.B1;

    /// <summary>Age of majority (§ 2 BGB): who is a minor child on the reference date.</summary>
    public const int AgeOfMajority = 18;

    /// <summary>
    /// A rule set's options with the statute's parameters: the reference date, the years, any minor child counts
    /// (no minimum age), the thresholds without a discretionary override, the age of majority. What the statute leaves
    /// to the authorities (proof of German, communal shelter, livelihood) keeps the rule set's value.
    /// </summary>
    public static ImkOptions Adapt(ImkOptions o) => o with
    {
        Residence = o.Residence with { ReferenceDate = ReferenceDate, MinYearsFamily = YearsWithChild, MinYearsOther = YearsAlone },
        Family = o.Family with { MinChildAge = 0, AgeOfMajority = AgeOfMajority, ExclusionScope = ExclusionScope.WholeHouseholdExceptSpouseHardship },
        Language = o.Language with { RequiredLevel = LanguageLevel },
        Exclusion = o.Exclusion with { ConvictionDayFinesGeneral = DayFinesGeneral, ConvictionDayFinesForeignerOnly = DayFinesForeignerOnly, ConvictionDiscretionaryOverride = false },
        Fallback = o.Fallback with { Convert104a = Convert104a.No },

        // The statute has no work take-up deadline (IMK Punkt 9) and no application deadline: a job counts whenever it began.
        Deadline = o.Deadline with { WorkTakeUp = NoDeadline, Application = null },
    };
}
