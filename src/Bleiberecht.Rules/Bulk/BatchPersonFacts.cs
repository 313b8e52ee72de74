using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Bulk;

/// <summary>A person's facts as the kernels read them, over the columns of a <see cref="HouseholdBatch"/> (the bulk path).</summary>
/// <param name="b">The batch.</param>
/// <param name="p">The person's index in the batch.</param>
internal readonly struct BatchPersonFacts(HouseholdBatch b, int p) : IPersonFacts
{
    /// <inheritdoc />
    public Truth Tolerated => b.Tolerated[p];

    /// <inheritdoc />
    public Truth ObligedToLeave => b.ObligedToLeave[p];

    /// <inheritdoc />
    public Truth ValidPassport => b.ValidPassport[p];

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
    public int GermanLevel => b.GermanLevel[p];

    /// <inheritdoc />
    public int GermanSince => b.GermanSince[p];

    /// <inheritdoc />
    public bool GermanVerifiedInPerson => b.GermanVerifiedInPerson[p];

    /// <inheritdoc />
    public Truth IntegrationCourseAdmitted => b.IntegrationCourseAdmitted[p];

    /// <inheritdoc />
    public Truth CooperationBreached => b.CooperationBreached[p];

    /// <inheritdoc />
    public Truth BreachDeliberate => b.BreachDeliberate[p];

    /// <inheritdoc />
    public Truth BreachOfSomeWeight => b.BreachOfSomeWeight[p];

    /// <inheritdoc />
    public Truth BreachOutweighed => b.BreachOutweighed[p];
}
