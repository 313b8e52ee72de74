using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>
/// The facts of one person that the element kernels read, whatever stores them: the object graph on the explain
/// path (<see cref="MemberFacts"/>), the columns of a <c>HouseholdBatch</c> on the bulk path. A struct type
/// parameter of every kernel, so each path gets its own specialisation without interface calls. Optional facts
/// read as <see cref="Truth.Unknown"/> (or the sentinel named) when absent.
/// </summary>
internal partial interface IPersonFacts
{
    /// <summary>Holds a Duldung.</summary>
    Truth Tolerated { get; }

    /// <summary>Is obliged to leave.</summary>
    Truth ObligedToLeave { get; }

    /// <summary>A valid passport has been presented.</summary>
    Truth ValidPassport { get; }

    /// <summary>Serious efforts to obtain a passport are credibly documented.</summary>
    Truth CredibleEfforts { get; }

    /// <summary>Confirmed embassy visits, or <see cref="int.MinValue"/> if not known.</summary>
    int EmbassyVisits { get; }

    /// <summary>A substitute (identity) document is available.</summary>
    Truth SubstituteDocument { get; }

    /// <summary>There is a job offer.</summary>
    Truth JobOffer { get; }

    /// <summary>The identity is clarified.</summary>
    Truth IdentityClarified { get; }

    /// <summary>Country of origin, or <c>null</c> if not known.</summary>
    string? Origin { get; }

    /// <summary>No deception or obstruction on record (any such record, however weighed); Unknown without records.</summary>
    Truth NoDeceptionOrObstructionOnRecord { get; }

    /// <summary>German level (<see cref="Facts.CefrLevel"/> as a number), or -1 if not known.</summary>
    int GermanLevel { get; }

    /// <summary>Day number from which the German level holds (<c>germanLevelSince</c>), or <see cref="Days.None"/>.</summary>
    int GermanSince { get; }

    /// <summary>The German level was checked in person at the authority.</summary>
    bool GermanVerifiedInPerson { get; }

    /// <summary>Admitted to an integration course.</summary>
    Truth IntegrationCourseAdmitted { get; }

    /// <summary>The duty to cooperate was breached.</summary>
    Truth CooperationBreached { get; }

    /// <summary>The breach was deliberate.</summary>
    Truth BreachDeliberate { get; }

    /// <summary>The breach is of some weight.</summary>
    Truth BreachOfSomeWeight { get; }

    /// <summary>The breach is outweighed by integration.</summary>
    Truth BreachOutweighed { get; }
}
