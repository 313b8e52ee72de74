using Bleiberecht.Rules.Options;

namespace Bleiberecht.Rules.Regimes;

/// <summary>
/// A regime's decision procedure under one rule set's options, as masks over its checkable elements: what the
/// engine needs per decision, computed once per rule set (bulk) or per evaluation (explain; no allocation).
/// </summary>
internal readonly struct RegimePlan
{
    public RegimePlan(Regime regime, ImkOptions options, uint hard, uint curable)
    {
        Regime = regime;
        Hard = hard;
        Curable = curable;
        Exclusion = regime.ExclusionMask;

        // Each exclusion ground's own spread (FamilySpread); RuleSetScope reads A19.
        uint whole = 0, hardship = 0, spouses = 0, parents = 0;
        for (var bit = 0; bit < regime.CheckableElements.Length; bit++)
        {
            var e = regime.CheckableElements[bit];
            if (e.Role != ElementRole.ExclusionGround)
            {
                continue;
            }

            var spread = e.Spread != FamilySpread.RuleSetScope
                ? e.Spread
                : options.Family.ExclusionScope switch
                {
                    ExclusionScope.PersonOnly => FamilySpread.None,
                    ExclusionScope.WholeHouseholdExceptSpouseHardship => FamilySpread.WholeHouseholdExceptSpouseHardship,
                    _ => FamilySpread.WholeHousehold,
                };
            var mask = 1u << bit;
            switch (spread)
            {
                case FamilySpread.WholeHousehold:
                    whole |= mask;
                    break;
                case FamilySpread.WholeHouseholdExceptSpouseHardship:
                    hardship |= mask;
                    break;
                case FamilySpread.Spouses:
                    spouses |= mask;
                    break;
                case FamilySpread.ParentsToMinorChildren:
                    parents |= mask;
                    break;
            }
        }

        SpreadWhole = whole;
        SpreadWholeHardship = hardship;
        SpreadSpouses = spouses;
        SpreadParents = parents;
        Grant = regime.GrantOutcome;
        DiscretionBit = regime.DiscretionBit;
        DiscretionReplaces = regime.DiscretionReplaces;
        Shortfall = regime.Shortfall;
        FamilyScopeBit = regime.FamilyScopeBit;
        LivelihoodBit = regime.LivelihoodBit;
        WorkTakeUpBit = regime.WorkTakeUpBit;
        ApplicationBit = regime.ApplicationBit;
        Scope = options.Family.ExclusionScope;
        ExtensionAfterDeadline = options.Deadline.ExtensionAfterDeadline;
        WorkTakeUpDay = options.Deadline.WorkTakeUp.DayNumber;
        Convert104a = regime.Transition104a && options.Fallback.Convert104a != Options.Convert104a.No;
        OtherTitle = regime.OtherTitleRouting && options.Fallback.OtherHumanitarianTitle;
        CapMinors = regime.MinorsFollowParents;

    }

    public Regime Regime { get; }

    /// <summary>Refuse when false, pending when unknown.</summary>
    public uint Hard { get; }

    /// <summary>Pending while not true.</summary>
    public uint Curable { get; }

    /// <summary>Exclusion grounds that reach the family through the family-scope element.</summary>
    public uint Exclusion { get; }

    public int FamilyScopeBit { get; }

    /// <summary>Exclusion grounds that reach every other member.</summary>
    public uint SpreadWhole { get; }

    /// <summary>Exclusion grounds that reach every other member except a spouse with a particular hardship (§ 104a Abs. 3 S. 2).</summary>
    public uint SpreadWholeHardship { get; }

    /// <summary>Exclusion grounds that reach the other partner of the couple.</summary>
    public uint SpreadSpouses { get; }

    /// <summary>Exclusion grounds of a parent that reach the minor children.</summary>
    public uint SpreadParents { get; }

    /// <summary>Exclusion grounds that reach anybody besides their holder.</summary>
    public uint Spreading => SpreadWhole | SpreadWholeHardship | SpreadSpouses | SpreadParents;

    /// <summary>The discretion element's bit, or -1.</summary>
    public int DiscretionBit { get; }

    /// <summary>What the discretion element stands in for.</summary>
    public uint DiscretionReplaces { get; }

    /// <summary>What is granted when everything is met.</summary>
    public Evaluation.Outcome Grant { get; }

    /// <summary>
    /// Whether the decision procedure reads the same values of the two plans outside its livelihood step (everything
    /// but <see cref="Grant"/>, <see cref="Shortfall"/>, <see cref="LivelihoodBit"/>, <see cref="WorkTakeUpBit"/>,
    /// <see cref="WorkTakeUpDay"/>, <see cref="ExtensionAfterDeadline"/>, which <c>DecisionProcedure</c> reads only for
    /// a member whose other elements are all met). A household none of whose members reached that step under one plan
    /// is decided alike under the other on the same verdicts (<see cref="Bulk.CompiledRuleSets"/>). A field the
    /// procedure reads outside that step must be compared here.
    /// </summary>
    internal bool SameOutsideLivelihood(in RegimePlan other)
        => ReferenceEquals(Regime, other.Regime) && Hard == other.Hard && Curable == other.Curable && Exclusion == other.Exclusion
            && FamilyScopeBit == other.FamilyScopeBit && SpreadWhole == other.SpreadWhole && SpreadWholeHardship == other.SpreadWholeHardship
            && SpreadSpouses == other.SpreadSpouses && SpreadParents == other.SpreadParents && DiscretionBit == other.DiscretionBit
            && DiscretionReplaces == other.DiscretionReplaces && ApplicationBit == other.ApplicationBit && Scope == other.Scope
            && Convert104a == other.Convert104a && OtherTitle == other.OtherTitle && CapMinors == other.CapMinors;

    /// <summary>What is granted when only livelihood fails.</summary>
    public LivelihoodShortfall Shortfall { get; }

    public int LivelihoodBit { get; }

    public int WorkTakeUpBit { get; }

    public int ApplicationBit { get; }

    public ExclusionScope Scope { get; }

    public bool ExtensionAfterDeadline { get; }

    public int WorkTakeUpDay { get; }

    public bool Convert104a { get; }

    public bool OtherTitle { get; }

    public bool CapMinors { get; }


    public static uint Bit(int index) => index < 0 ? 0u : 1u << index;
}
