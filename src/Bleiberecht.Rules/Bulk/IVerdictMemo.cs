using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// What the bulk household loop may take over from the same household's evaluation under an earlier rule set
/// instead of computing it again (<see cref="CompiledRuleSets"/>): livelihood and the procedure's result; and what it
/// keeps for the rule sets after it. A struct type parameter, so that the loop for
/// one rule set (<see cref="NoMemo"/>: every method a constant "no") compiles to the loop without it — the technique
/// of ADR 0010 item 3. Every method returns <c>false</c> where nothing can be taken over; the caller then computes.
/// </summary>
internal interface IVerdictMemo
{
    /// <summary>The household's livelihood verdict from another rule set, if it was computed there alike.</summary>
    bool Livelihood(out Truth livelihood);

    /// <summary>Keeps the members' filed verdicts and the household inputs, before the procedure runs.</summary>
    void Filed(ReadOnlySpan<MemberState> members, ReadOnlySpan<Truth> adults, Truth family);

    /// <summary>The procedure's result from another rule set whose members' verdicts are the same, copied into <paramref name="members"/>.</summary>
    bool Decided(Span<MemberState> members, out Outcome household);

    /// <summary>Keeps the procedure's result and the livelihood verdict if it was computed.</summary>
    void Remember(ReadOnlySpan<MemberState> members, Outcome household, bool livelihoodKnown, Truth livelihood);

    /// <summary>Where the A31 transition decides the household under § 104a within a group (<see cref="GroupStatute.Index"/> -1: alone).</summary>
    GroupStatute Statute { get; }
}

/// <summary>
/// The A31 transition's § 104a rule set as an entry of a group (<see cref="CompiledRuleSets.StatuteOf"/>): the
/// household's kept values, the group, the segment of its decision date and the entry; <see cref="Index"/> -1 where
/// the household is decided under § 104a alone.
/// </summary>
internal readonly record struct GroupStatute(SharedScratch? Scratch, CompiledRuleSets? Rules, int Segment, int Index);

/// <summary>The household loop for one rule set: nothing is taken over.</summary>
internal readonly struct NoMemo : IVerdictMemo
{
    /// <inheritdoc />
    public bool Livelihood(out Truth livelihood)
    {
        livelihood = Truth.Unknown;
        return false;
    }

    /// <inheritdoc />
    public void Filed(ReadOnlySpan<MemberState> members, ReadOnlySpan<Truth> adults, Truth family)
    {
    }

    /// <inheritdoc />
    public bool Decided(Span<MemberState> members, out Outcome household)
    {
        household = Outcome.Mixed;
        return false;
    }

    /// <inheritdoc />
    public void Remember(ReadOnlySpan<MemberState> members, Outcome household, bool livelihoodKnown, Truth livelihood)
    {
    }

    /// <inheritdoc />
    public GroupStatute Statute => new(null, null, 0, -1);
}
