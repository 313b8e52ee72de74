using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Tally = Bleiberecht.Rules.Regimes.Imk2006.ConvictionTally;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>Element 19's facts over the object graph: the tallies are summed on demand.</summary>
internal readonly partial struct MemberFacts
{
    /// <inheritdoc />
    public bool ConvictionsKnown => person.Convictions is not null;

    /// <inheritdoc />
    public void ConvictionTally(bool worst, int decisionDay, bool withErasure, out int general, out int total, out bool prison, out bool erasable)
        => Tally.Sum(person.Convictions ?? [], decisionDay == Days.None ? (DateOnly?)null : DateOnly.FromDayNumber(decisionDay), worst, out general, out total, out prison, out erasable);

    /// <inheritdoc />
    public IReadOnlyList<Conviction> Convictions => person.Convictions ?? [];

    /// <inheritdoc />
    public Truth ExceptionalCircumstances => person.ExceptionalCircumstances.ToTruth();
}
