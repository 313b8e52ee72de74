using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>The facts the exclusion-ground kernels read (elements 17, 18, 20, 21): misconduct records and extremist links.</summary>
internal partial interface IPersonFacts
{
    /// <summary>The misconduct records are known (an empty list is "none on record"); without them elements 17, 18, 21 are unknown.</summary>
    bool MisconductKnown { get; }

    /// <summary>Number of misconduct records (0 when not known).</summary>
    int MisconductCount { get; }

    /// <summary>The kind of misconduct record <paramref name="i"/>.</summary>
    MisconductKind RecordKind(int i);

    /// <summary>Record <paramref name="i"/>: the conduct was deliberate.</summary>
    Truth RecordDeliberate(int i);

    /// <summary>Record <paramref name="i"/>: the deception actually prevented removal.</summary>
    Truth RecordCausedNonRemoval(int i);

    /// <summary>Record <paramref name="i"/>: the deception is of some weight.</summary>
    Truth RecordOfSomeWeight(int i);

    /// <summary>Record <paramref name="i"/>: the deception is outweighed by integration.</summary>
    Truth RecordOutweighed(int i);

    /// <summary>Record <paramref name="i"/>: the day the conduct began is known.</summary>
    bool RecordFromKnown(int i);

    /// <summary>Record <paramref name="i"/>: day number the conduct ended, or <see cref="Days.None"/> (ongoing, or not known).</summary>
    int RecordTo(int i);

    /// <summary>There are links to extremist or terrorist organisations.</summary>
    Truth ExtremismLinks { get; }

    /// <summary>Day number the links ended (<c>extremismLinksEndedOn</c>), or <see cref="Days.None"/>.</summary>
    int ExtremismEndedOn { get; }
}
