using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>A person's facts as the kernels read them, over the object graph (the explain path).</summary>
/// <param name="person">The person.</param>
internal readonly partial struct MemberFacts(Person person) : IPersonFacts
{
    /// <inheritdoc />
    public Truth Tolerated => person.Tolerated.ToTruth();

    /// <inheritdoc />
    public Truth ObligedToLeave => person.ObligedToLeave.ToTruth();

    /// <inheritdoc />
    public Truth ValidPassport => person.Identity?.ValidPassport.ToTruth() ?? Truth.Unknown;

    /// <inheritdoc />
    public Truth CredibleEfforts => person.Identity?.CredibleEffortsDocumented.ToTruth() ?? Truth.Unknown;

    /// <inheritdoc />
    public int EmbassyVisits => person.Identity?.ConfirmedEmbassyVisits ?? int.MinValue;

    /// <inheritdoc />
    public Truth SubstituteDocument => person.Identity?.SubstituteDocument.ToTruth() ?? Truth.Unknown;

    /// <inheritdoc />
    public Truth JobOffer => person.Identity?.JobOffer.ToTruth() ?? Truth.Unknown;

    /// <inheritdoc />
    public Truth IdentityClarified => person.Identity?.IdentityClarified.ToTruth() ?? Truth.Unknown;

    /// <inheritdoc />
    public string? Origin => person.Identity?.Origin;

    /// <inheritdoc />
    public Truth NoDeceptionOrObstructionOnRecord
    {
        get
        {
            if (person.Misconduct is not { } records)
            {
                return Truth.Unknown;
            }

            for (var i = 0; i < records.Count; i++)
            {
                if (records[i].Kind != MisconductKind.Absconding)
                {
                    return Truth.False;
                }
            }

            return Truth.True;
        }
    }

    /// <inheritdoc />
    public int GermanLevel => person.GermanLevel is { } level ? (int)level : -1;

    /// <inheritdoc />
    public int GermanSince => Days.Of(person.GermanLevelSince);

    /// <inheritdoc />
    public bool GermanVerifiedInPerson => person.GermanVerifiedInPerson == true;

    /// <inheritdoc />
    public Truth IntegrationCourseAdmitted => person.IntegrationCourseAdmitted.ToTruth();

    /// <inheritdoc />
    public Truth CooperationBreached => person.CooperationBreached.ToTruth();

    /// <inheritdoc />
    public Truth BreachDeliberate => person.CooperationBreachDeliberate.ToTruth();

    /// <inheritdoc />
    public Truth BreachOfSomeWeight => person.CooperationBreachOfSomeWeight.ToTruth();

    /// <inheritdoc />
    public Truth BreachOutweighed => person.CooperationBreachOutweighedByIntegration.ToTruth();
}
