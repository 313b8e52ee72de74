using System.Buffers;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// One household under several rule sets (<see cref="CompiledRuleSets"/>): what the rule sets before this one computed
/// for the household, kept so that this one takes over what it would compute the same way — a verdict whose inputs
/// beyond the facts are equal (<see cref="CompiledRuleSets.Same"/>), and the whole procedure where the members'
/// verdicts come out equal too. Taking over never changes a result: every input the computation reads is compared.
/// </summary>
internal struct SharedVerdicts : IVerdictMemo
{
    private readonly SharedScratch _s;
    private readonly int _r;
    private readonly int _n;
    private readonly short[] _donors;
    private readonly int _at;
    private readonly CompiledRuleSets _rules;
    private readonly int _segment;

    /// <summary>Whether a later entry reads this one's values (<see cref="CompiledRuleSets.Read"/>); if not, nothing is kept.</summary>
    private readonly bool _keep;

    /// <param name="scratch">The household's kept values (per worker).</param>
    /// <param name="r">This rule set's index in the group.</param>
    /// <param name="n">Members in the household.</param>
    /// <param name="rules">The group: which earlier rule set computes what alike.</param>
    /// <param name="segment">The segment of the household's decision date.</param>
    /// <remarks>
    /// A rule set's donor has always kept its values when it is read: a rule set whose household stops at the gate
    /// keeps nothing, but every rule set that shares an input with it stops there too (the gate reads no option, and
    /// rule sets with a user-defined gate share nothing), so it never reads them. The A31 transition's § 104a rule sets
    /// (<see cref="CompiledRuleSets.StatuteOf"/>) are computed only for the households the transition reaches, so a
    /// donor that has kept nothing counts as none.
    /// </remarks>
    public SharedVerdicts(SharedScratch scratch, int r, int n, CompiledRuleSets rules, int segment)
    {
        _s = scratch;
        _r = r;
        _n = n;
        _donors = rules.DonorTable;
        _at = rules.DonorsAt(segment, r);
        _rules = rules;
        _segment = segment;
        _keep = rules.Read(segment, r);
    }

    /// <inheritdoc />
    public readonly GroupStatute Statute => new(_s, _rules, _segment, _r < _rules.Count ? _rules.StatuteOf(_r) : -1);

    /// <summary>The donor of <paramref name="input"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int Donor(SharedInput input)
    {
        var d = _donors[_at + (int)input];
        Debug.Assert(d < 0 || _s.Valid[d] || _r >= _rules.Count, "a rule set's donor has kept its values");
        return d >= 0 && _s.Valid[d] ? d : -1;
    }

    /// <inheritdoc />
    public readonly bool Livelihood(out Truth livelihood)
    {
        // Where no job can turn on the Residenzpflicht relief, livelihood comes out alike under rule sets that differ
        // only there (the weaker sharing's donor is the same one or earlier).
        var d = Donor(SharedInput.Livelihood + (_s.ReliefMoot * (SharedInput.LivelihoodBesideRelief - SharedInput.Livelihood)));
        var known = d >= 0 && _s.LivelihoodKnown[d];
        livelihood = known ? _s.LivelihoodOf[d] : Truth.Unknown;
        return known;
    }

    /// <inheritdoc />
    public readonly void Filed(ReadOnlySpan<MemberState> members, ReadOnlySpan<Truth> adults, Truth family)
    {
        if (!_keep)
        {
            return;
        }

        var at = _r * _s.Capacity;
        members[.._n].CopyTo(_s.Pre.AsSpan(at, _n));
        adults[.._n].CopyTo(_s.Adults.AsSpan(at, _n));
        _s.FamilyOf[_r] = family;
    }

    /// <inheritdoc />
    public readonly bool Decided(Span<MemberState> members, out Outcome household)
    {
        household = Outcome.Mixed;

        // The whole procedure alike, or alike up to the livelihood step where the other rule set's members never
        // reached it (it computes livelihood for the first member that does; every plan here has a livelihood element).
        var d = Donor(SharedInput.Procedure);
        if (d < 0 || !SameVerdicts(d, members))
        {
            d = Donor(SharedInput.ProcedureBeforeLivelihood);
            if (d < 0 || _s.LivelihoodKnown[d] || !SameVerdicts(d, members))
            {
                return false;
            }
        }

        _s.Post.AsSpan(d * _s.Capacity, _n).CopyTo(members);
        household = _s.HouseholdOf[d];

        // Kept as this rule set's own, for the rule sets that take other inputs over from this one.
        Remember(members, household, _s.LivelihoodKnown[d], _s.LivelihoodOf[d]);
        return true;
    }

    /// <summary>
    /// Whether the members' filed verdicts equal rule set <paramref name="d"/>'s: the masks and who is a minor (the
    /// procedure reads these and facts that are the same under every rule set).
    /// </summary>
    private readonly bool SameVerdicts(int d, ReadOnlySpan<MemberState> members)
    {
        var pre = _s.Pre.AsSpan(d * _s.Capacity, _n);
        for (var i = 0; i < _n; i++)
        {
            ref readonly var a = ref pre[i];
            ref readonly var b = ref members[i];
            if (a.False != b.False || a.Unknown != b.Unknown || a.MinorChild != b.MinorChild || a.AgeUnknown != b.AgeUnknown)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Takes over the members' filed verdicts (<see cref="CompiledRuleSets.MaskDonor"/>: every element input is shared):
    /// rule set <paramref name="d"/>'s, with the bits of <paramref name="others"/> from those rule sets; and the
    /// adulthood and family status (<see cref="FamilyOf"/>).
    /// </summary>
    public readonly void FiledAs(int d, ReadOnlySpan<(short Donor, uint Bits)> others, Span<MemberState> members, Span<Truth> adults)
    {
        var from = d * _s.Capacity;
        _s.Pre.AsSpan(from, _n).CopyTo(members);
        _s.Adults.AsSpan(from, _n).CopyTo(adults);
        foreach (var (donor, bits) in others)
        {
            var pre = _s.Pre.AsSpan(donor * _s.Capacity, _n);
            for (var i = 0; i < _n; i++)
            {
                ref var x = ref members[i];
                x.False = (x.False & ~bits) | (pre[i].False & bits);
                x.Unknown = (x.Unknown & ~bits) | (pre[i].Unknown & bits);
            }
        }
    }

    /// <summary>
    /// The procedure's result of rule set <paramref name="d"/> (<see cref="CompiledRuleSets.ResultsOf"/>: this one's
    /// would be equal); false where <paramref name="d"/> kept nothing for the household. Where a later entry reads this
    /// one, <paramref name="d"/>'s kept values become this one's: every input this one computes came out as
    /// <paramref name="d"/>'s on this household (its verdicts, adulthood and family status are <paramref name="d"/>'s,
    /// and the procedure and livelihood run alike), so they are what it would have kept itself.
    /// </summary>
    public readonly bool ResultsOf(int d, out ReadOnlySpan<MemberState> members, out Outcome household)
    {
        var kept = _s.Valid[d];
        members = kept ? _s.Post.AsSpan(d * _s.Capacity, _n) : default;
        household = kept ? _s.HouseholdOf[d] : Outcome.Mixed;
        if (kept && _keep)
        {
            _s.Pre.AsSpan(d * _s.Capacity, _n).CopyTo(_s.Pre.AsSpan(_r * _s.Capacity, _n));
            _s.Adults.AsSpan(d * _s.Capacity, _n).CopyTo(_s.Adults.AsSpan(_r * _s.Capacity, _n));
            _s.FamilyOf[_r] = _s.FamilyOf[d];
            Remember(members, household, _s.LivelihoodKnown[d], _s.LivelihoodOf[d]);
        }

        return kept;
    }

    /// <summary>The family status rule set <paramref name="d"/> read.</summary>
    public readonly Truth FamilyOf(int d) => _s.FamilyOf[d];

    /// <summary>Whether rule set <paramref name="d"/> kept values for the household (it did not stop at the gate).</summary>
    public readonly bool Kept(int d) => _s.Valid[d];

    /// <summary>Whether <paramref name="d"/> and every one of <paramref name="others"/> kept values for the household.</summary>
    public readonly bool Kept(int d, ReadOnlySpan<(short Donor, uint Bits)> others)
    {
        if (!_s.Valid[d])
        {
            return false;
        }

        foreach (var (donor, _) in others)
        {
            if (!_s.Valid[donor])
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public readonly void Remember(ReadOnlySpan<MemberState> members, Outcome household, bool livelihoodKnown, Truth livelihood)
    {
        if (!_keep)
        {
            return;
        }

        members[.._n].CopyTo(_s.Post.AsSpan(_r * _s.Capacity, _n));
        _s.HouseholdOf[_r] = household;
        _s.LivelihoodKnown[_r] = livelihoodKnown;
        _s.LivelihoodOf[_r] = livelihood;
        _s.Valid[_r] = true;
    }
}

/// <summary>
/// The values one worker keeps of the current household under each rule set of a <see cref="CompiledRuleSets"/>
/// (<see cref="SharedVerdicts"/>), on arrays from the shared pool, grown for a larger household.
/// </summary>
internal sealed class SharedScratch : IDisposable
{
    /// <param name="ruleSets">Rule sets in the group.</param>
    /// <param name="capacity">Members per rule set to hold at first.</param>
    public SharedScratch(int ruleSets, int capacity)
    {
        RuleSets = ruleSets;
        FamilyOf = ArrayPool<Truth>.Shared.Rent(ruleSets);
        LivelihoodOf = ArrayPool<Truth>.Shared.Rent(ruleSets);
        LivelihoodKnown = ArrayPool<bool>.Shared.Rent(ruleSets);
        HouseholdOf = ArrayPool<Outcome>.Shared.Rent(ruleSets);
        Valid = ArrayPool<bool>.Shared.Rent(ruleSets);
        Pre = Post = [];
        Adults = [];
        StatuteMembers = [];
        StatuteAdults = [];
        StatuteResults = [];
        Grow(capacity);
    }

    /// <summary>Rule sets in the group.</summary>
    public int RuleSets { get; }

    /// <summary>Members per rule set the arrays hold.</summary>
    public int Capacity { get; private set; }

    /// <summary>Per rule set (at <c>r × Capacity</c>), the members as filed before the procedure: roles and verdict masks.</summary>
    public MemberState[] Pre { get; private set; }

    /// <summary>Per rule set, the members as the procedure left them: outcomes, grounds, steps.</summary>
    public MemberState[] Post { get; private set; }

    /// <summary>Per rule set, each member's adulthood.</summary>
    public Truth[] Adults { get; private set; }

    /// <summary>
    /// Scratch for the household under an A31 transition's § 104a entry (<see cref="GroupStatute"/>): the members, their
    /// adulthood and results, read by the procedure of the rule set that asked until it is done (one at a time: the
    /// § 104a regimes convert nothing themselves).
    /// </summary>
    public MemberState[] StatuteMembers { get; private set; }

    /// <inheritdoc cref="StatuteMembers"/>
    public Truth[] StatuteAdults { get; private set; }

    /// <inheritdoc cref="StatuteMembers"/>
    public BulkResult[] StatuteResults { get; private set; }

    /// <summary>Per rule set, the household's family status (what element 5 read).</summary>
    public Truth[] FamilyOf { get; }

    /// <summary>Per rule set, the livelihood verdict, where <see cref="LivelihoodKnown"/>.</summary>
    public Truth[] LivelihoodOf { get; }

    /// <summary>Per rule set, whether the procedure computed livelihood (a member reached that step).</summary>
    public bool[] LivelihoodKnown { get; }

    /// <summary>Per rule set, the household's outcome.</summary>
    public Outcome[] HouseholdOf { get; }

    /// <summary>Whether the rule set's values are kept for the current household.</summary>
    public bool[] Valid { get; }

    /// <summary>
    /// Whether the current household's every job lies within the permitted area (or it has none): then element 29 is
    /// met whatever the Residenzpflicht relief, the only option that kernel reads, so livelihood and the procedure
    /// are shared by <see cref="SharedInput.LivelihoodBesideRelief"/> and <see cref="SharedInput.ProcedureBesideRelief"/>.
    /// </summary>
    /// <remarks>1 or 0, an index rather than a flag: which households those are is data, and a branch on it mispredicts.</remarks>
    public int ReliefMoot { get; private set; }

    /// <summary>
    /// <see cref="ReliefMoot"/>, plus 2 where no member holds another humanitarian title (the procedure reads whether
    /// the rule set routes to one only for a member who does: ADR 0015 item 9); the index of
    /// <see cref="CompiledRuleSets.ResultsOf"/>.
    /// </summary>
    public int Moot { get; private set; }

    /// <summary>Starts household <paramref name="h"/> of <paramref name="b"/>: nothing is kept yet.</summary>
    public void Begin(HouseholdBatch b, int h, int members)
    {
        var moot = 1;
        for (var j = b.JobStart[h]; j < b.JobStart[h + 1]; j++)
        {
            moot &= b.JobWithinPermittedArea[j] == Truth.True ? 1 : 0;   // what element 29 reads (the job's row is built from it)
        }

        ReliefMoot = moot;
        var titleMoot = 2;
        var start = b.Households[h].MemberStart;
        for (var p = start; p < start + members; p++)
        {
            titleMoot &= b.OtherTitleGranted[p] ? 0 : 2;
        }

        Moot = moot | titleMoot;
        if (members > Capacity)
        {
            Grow(members);
        }

        Array.Clear(Valid, 0, RuleSets);
    }

    private void Grow(int capacity)
    {
        Release();
        Capacity = capacity;
        Pre = ArrayPool<MemberState>.Shared.Rent(RuleSets * capacity);
        Post = ArrayPool<MemberState>.Shared.Rent(RuleSets * capacity);
        Adults = ArrayPool<Truth>.Shared.Rent(RuleSets * capacity);
        StatuteMembers = ArrayPool<MemberState>.Shared.Rent(capacity);
        StatuteAdults = ArrayPool<Truth>.Shared.Rent(capacity);
        StatuteResults = ArrayPool<BulkResult>.Shared.Rent(capacity);
    }

    private void Release()
    {
        if (Pre.Length > 0)
        {
            ArrayPool<MemberState>.Shared.Return(Pre);
            ArrayPool<MemberState>.Shared.Return(Post);
            ArrayPool<Truth>.Shared.Return(Adults);
            ArrayPool<MemberState>.Shared.Return(StatuteMembers);
            ArrayPool<Truth>.Shared.Return(StatuteAdults);
            ArrayPool<BulkResult>.Shared.Return(StatuteResults);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Release();
        Pre = Post = [];
        Adults = [];
        StatuteMembers = [];
        StatuteAdults = [];
        StatuteResults = [];
        ArrayPool<Truth>.Shared.Return(FamilyOf);
        ArrayPool<Truth>.Shared.Return(LivelihoodOf);
        ArrayPool<bool>.Shared.Return(LivelihoodKnown);
        ArrayPool<Outcome>.Shared.Return(HouseholdOf);
        ArrayPool<bool>.Shared.Return(Valid);
    }
}
