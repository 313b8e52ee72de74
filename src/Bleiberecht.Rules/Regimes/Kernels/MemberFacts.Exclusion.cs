using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>The exclusion-ground facts over the object graph.</summary>
internal readonly partial struct MemberFacts
{
    /// <inheritdoc />
    public bool MisconductKnown => person.Misconduct is not null;

    /// <inheritdoc />
    public int MisconductCount => person.Misconduct?.Count ?? 0;

    /// <inheritdoc />
    public MisconductKind RecordKind(int i) => person.Misconduct![i].Kind;

    /// <inheritdoc />
    public Truth RecordDeliberate(int i) => person.Misconduct![i].Deliberate.ToTruth();

    /// <inheritdoc />
    public Truth RecordCausedNonRemoval(int i) => person.Misconduct![i].CausedNonRemoval.ToTruth();

    /// <inheritdoc />
    public Truth RecordOfSomeWeight(int i) => person.Misconduct![i].OfSomeWeight.ToTruth();

    /// <inheritdoc />
    public Truth RecordOutweighed(int i) => person.Misconduct![i].OutweighedByIntegration.ToTruth();

    /// <inheritdoc />
    public bool RecordFromKnown(int i) => person.Misconduct![i].From is not null;

    /// <inheritdoc />
    public int RecordTo(int i) => Days.Of(person.Misconduct![i].To);

    /// <inheritdoc />
    public Truth ExtremismLinks => person.ExtremismLinks.ToTruth();

    /// <inheritdoc />
    public int ExtremismEndedOn => Days.Of(person.ExtremismLinksEndedOn);
}
