using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// A person's facts as the kernels read them, over a <see cref="HouseholdBatch"/> (the bulk path): the facts read for
/// every person from the packed <see cref="PersonFacts"/> row (one cache line), the rare ones from the columns.
/// </summary>
internal readonly ref partial struct BatchPersonFacts : IPersonFacts
{
    private readonly HouseholdBatch b;
    private readonly int p;

    /// <summary>
    /// The person's packed row, referenced once: the kernels read it directly, where each read through the batch
    /// cost an array load and a bounds check that the JIT could not share across the kernels' cold calls (a copy of
    /// the row measured slower; ADR 0010 item 9).
    /// </summary>
    private readonly ref readonly PersonFacts _row;

    // Two ages computed once (AgeOn) and the days they are on; 0, which is no packed date (CivilDate.Pack gives at
    // least 1 << 9, CivilDate.None is -1), where none was computed: left as the struct is cleared, at no cost.
    private readonly int _civilA;
    private readonly int _ageA;
    private readonly int _civilB;
    private readonly int _ageB;

    /// <summary>Person <paramref name="p"/> of the batch <paramref name="b"/>.</summary>
    /// <param name="b">The batch.</param>
    /// <param name="p">The person's index in the batch.</param>
    public BatchPersonFacts(HouseholdBatch b, int p)
        : this(b, p, ref b.Persons[p])
    {
    }

    /// <summary>
    /// Person <paramref name="p"/> with its packed row given: while the batch is built the rows do not exist yet,
    /// and the verdicts stored in them are computed from the columns alone (<see cref="Unsafe.NullRef{T}"/> then).
    /// </summary>
    /// <param name="b">The batch.</param>
    /// <param name="p">The person's index in the batch.</param>
    /// <param name="row">The person's packed row.</param>
    internal BatchPersonFacts(HouseholdBatch b, int p, ref readonly PersonFacts row)
    {
        this.b = b;
        this.p = p;
        _row = ref row;
    }

    /// <summary>
    /// Person <paramref name="p"/> of the batch with its ages on the days <paramref name="civilA"/> and
    /// <paramref name="civilB"/> (packed) computed once, for the kernels that read them (a child's: the reference date
    /// for minority and the family status, the decision date for the school elements).
    /// </summary>
    /// <param name="b">The batch.</param>
    /// <param name="p">The person's index in the batch.</param>
    /// <param name="civilA">A day, packed.</param>
    /// <param name="civilB">Another day, packed.</param>
    public BatchPersonFacts(HouseholdBatch b, int p, int civilA, int civilB)
    {
        this.b = b;
        this.p = p;
        _row = ref b.Persons[p];
        _civilA = civilA;
        _ageA = Ages.On(_row.BirthCivil, civilA);
        _civilB = civilB;
        _ageB = Ages.On(_row.BirthCivil, civilB);
    }

    /// <inheritdoc />
    public Truth Tolerated => b.Tolerated[p];

    /// <inheritdoc />
    public Truth ObligedToLeave => b.ObligedToLeave[p];

    /// <inheritdoc />
    public Truth ValidPassport => _row.ValidPassport;

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
    public int GermanLevel => _row.GermanLevel;

    /// <inheritdoc />
    public int GermanSince => _row.GermanSince;

    /// <inheritdoc />
    public bool GermanVerifiedInPerson => b.GermanVerifiedInPerson[p];

    /// <inheritdoc />
    public Truth IntegrationCourseAdmitted => b.IntegrationCourseAdmitted[p];

    /// <inheritdoc />
    public Truth CooperationBreached => _row.CooperationBreached;

    /// <inheritdoc />
    public Truth BreachDeliberate => _row.BreachDeliberate;

    /// <inheritdoc />
    public Truth BreachOfSomeWeight => _row.BreachOfSomeWeight;

    /// <inheritdoc />
    public Truth BreachOutweighed => _row.BreachOutweighed;
}
