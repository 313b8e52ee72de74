using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>The household facts the § 104a regimes' own elements read: the decision date, and the extension's work-livelihood history (<see cref="Facts.WorkLivelihoodHistory"/>).</summary>
internal partial interface IHouseholdFacts
{
    /// <summary>Day number of the decision, or <see cref="Days.None"/> if not known.</summary>
    int DecisionDay { get; }

    // The extension regime (§ 104a Abs. 5): the work-livelihood history.
    /// <summary>Months between the § 104a grant and 31.12.2009, or <see cref="int.MinValue"/> if not known.</summary>
    int WorkMonthsInPeriod { get; }

    /// <summary>Of those, the months in which livelihood was secured by work, or <see cref="int.MinValue"/> if not known.</summary>
    int WorkMonthsSecured { get; }

    /// <summary>Livelihood is now secured independently and not only temporarily.</summary>
    Truth WorkFullySecured { get; }

    /// <summary>Day number since which it is, or <see cref="Days.None"/> if not known.</summary>
    int WorkFullySecuredSince { get; }

    /// <summary>The household has shown efforts to secure its livelihood.</summary>
    Truth EffortsShown { get; }
}
