using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// A person's facts as the kernels read them, over a <see cref="HouseholdBatch"/> (the bulk path): the facts read for
/// every person from the packed <see cref="PersonFacts"/> row (one cache line), the rare ones from the columns.
/// </summary>
/// <param name="b">The batch.</param>
/// <param name="p">The person's index in the batch.</param>
internal readonly partial struct BatchPersonFacts(HouseholdBatch b, int p) : IPersonFacts
{
    /// <inheritdoc />
    public Truth Tolerated => b.Tolerated[p];

    /// <inheritdoc />
    public Truth ObligedToLeave => b.ObligedToLeave[p];

    /// <inheritdoc />
    public Truth ValidPassport => b.Persons[p].ValidPassport;

    /// <inheritdoc />
    public Truth CredibleEfforts => b.CredibleEfforts[p];

    /// <inheritdoc />
    public int EmbassyVisits => b.EmbassyVisits[p];

    /// <inheritdoc />
    public Truth SubstituteDocument => b.SubstituteDocument[p];

    /// <inheritdoc />
    public Truth JobOffer => b.JobOffer[p];

    /// <inheritdoc />
    public Truth IdentityClarified => b.IdentityClarified[p];

    /// <inheritdoc />
    public string? Origin => b.Origin[p];

    /// <inheritdoc />
    public Truth NoDeceptionOrObstructionOnRecord => !b.MisconductKnown[p] ? Truth.Unknown : (!b.DeceptionOrObstructionOnRecord[p]).ToTruth();

    /// <inheritdoc />
    public int GermanLevel => b.Persons[p].GermanLevel;

    /// <inheritdoc />
    public int GermanSince => b.GermanSince[p];

    /// <inheritdoc />
    public bool GermanVerifiedInPerson => b.Persons[p].GermanVerifiedInPerson;

    /// <inheritdoc />
    public Truth IntegrationCourseAdmitted => b.Persons[p].IntegrationCourseAdmitted;

    /// <inheritdoc />
    public Truth CooperationBreached => b.Persons[p].CooperationBreached;

    /// <inheritdoc />
    public Truth BreachDeliberate => b.Persons[p].BreachDeliberate;

    /// <inheritdoc />
    public Truth BreachOfSomeWeight => b.Persons[p].BreachOfSomeWeight;

    /// <inheritdoc />
    public Truth BreachOutweighed => b.Persons[p].BreachOutweighed;
}
