using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes;

namespace Bleiberecht.Rules.Evaluation;

/// <summary>
/// The decision procedure of the regimes (refuse, keep pending, grant; family spread; minors), written once and run by both paths: the explain path
/// (<see cref="Evaluator"/>) feeds it the verdicts of its explanation nodes, the bulk path
/// (<see cref="Bulk.BulkEvaluator"/>) the verdicts it reads from the columnar batch. It works on verdicts only —
/// one row of <see cref="Stride"/> bytes per member, indexed by the regime's checkable bits (False 0, Unknown 1,
/// True 2) — and is specialised by the JIT per verdict source (a struct), so the bulk path pays for no interface
/// call and no allocation (the <c>INegator&lt;T&gt;</c> technique of dotnet/runtime's SpanHelpers).
/// </summary>
internal static class DecisionProcedure
{
    /// <summary>Bytes per member row: one per checkable bit (<see cref="Regime.Capacity"/>).</summary>
    public const int Stride = Regime.Capacity;

    /// <summary>A decision date that is not known.</summary>
    public const int NoDate = -1;

    private static readonly int StatuteInForceDay = S104aElements.InForceDate.DayNumber;

    /// <summary>Fills every row with True, so bits the regime does not use never count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Clear(Span<byte> verdicts) => verdicts.Fill((byte)Truth.True);

    /// <summary>
    /// Decides every member of one household. <paramref name="verdicts"/> holds the members' rows with the household
    /// and member elements filled in (the family-scope bit is written here); <paramref name="members"/> carries each
    /// member's role facts in and the outcome, grounds and steps out. Returns the household's outcome.
    /// </summary>
    public static Outcome Decide<TSource>(in RegimePlan plan, in HouseholdInputs household, Span<byte> verdicts, Span<MemberState> members, ref TSource source)
        where TSource : struct, IDecisionSource
    {
        if (!household.Withdrawn && household.Application == Truth.True)
        {
            Masks(verdicts, members);
        }

        return DecideMasked(in plan, in household, verdicts, members, ref source);
    }

    /// <summary>
    /// As <see cref="Decide{TSource}"/>, for members whose <see cref="MemberState.False"/> and
    /// <see cref="MemberState.Unknown"/> masks are already filled (the bulk path files each verdict straight into
    /// them: no rows to clear, write and read back). <paramref name="verdicts"/> may be empty; where it is not, the
    /// family-scope verdict is also written into it (the explanation reads it there).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Outcome DecideMasked<TSource>(in RegimePlan plan, in HouseholdInputs household, Span<byte> verdicts, Span<MemberState> members, ref TSource source)
        where TSource : struct, IDecisionSource
        => DecideMasked<TSource, AnyPlan>(in plan, in household, verdicts, members, ref source);

    /// <summary>
    /// As <see cref="DecideMasked{TSource}"/>, for a plan of the shape <typeparamref name="TShape"/> (<see cref="IPlanShape"/>):
    /// the structural values it answers with constants cost the procedure nothing.
    /// </summary>
    public static Outcome DecideMasked<TSource, TShape>(in RegimePlan plan, in HouseholdInputs household, Span<byte> verdicts, Span<MemberState> members, ref TSource source)
        where TSource : struct, IDecisionSource
        where TShape : struct, IPlanShape
    {
        var n = members.Length;
        if (household.Withdrawn || household.Application != Truth.True)
        {
            // Steps 0-1: a withdrawn application is settled; only an application that exists can be
            // refused (L137-138), so while it is unknown whether one was filed the case stays open whatever else fails.
            var outcome = household.Withdrawn ? Outcome.WithdrawnOrSettled : household.Application == Truth.False ? Outcome.NoApplication : Outcome.Pending;
            var bits = household.Withdrawn ? 0u : RegimePlan.Bit(plan.ApplicationBit);
            for (var i = 0; i < n; i++)
            {
                members[i].Outcome = outcome;
                members[i].Bits = bits;
            }

            return n > 0 ? outcome : Outcome.Mixed;
        }

        // One pass over the members does the family scope's second half, the member's outcome, the household's
        // outcome and the best-placed adult the cap of minors reads: each loop over a household's members ends at a
        // count that is data, and its exit mispredicted once per household and loop (ADR 0010 item 9).
        var scope = TShape.FamilyScope(in plan) ? CountScope<TShape>(in plan, members) : default;
        var livelihood = Truth.Unknown;
        var livelihoodKnown = false;
        var anyMinor = false;
        var best = BestAdult.None;
        var result = Outcome.Mixed;
        for (var i = 0; i < n; i++)
        {
            ref var x = ref members[i];
            if (TShape.FamilyScope(in plan))
            {
                ApplyScope<TShape>(in plan, in scope, verdicts, ref x, i);
            }

            DecideMember<TSource, TShape>(in plan, in household, ref x, i, ref source, ref livelihood, ref livelihoodKnown);
            anyMinor |= x.MinorChild;
            result = i == 0 || x.Outcome == result ? x.Outcome : Outcome.Mixed;
            if (TShape.CapMinors(in plan))
            {
                best.Add(in x, i);
            }
        }

        // Only minors are capped, opened (a child of unknown age is a minor) or routed under § 104b.
        if (TShape.CapMinors(in plan) && anyMinor)
        {
            result = CapMinors<TShape>(in plan, members, in best);
        }

        return result;
    }

    /// <summary>Reads each member's row into its False and Unknown masks.</summary>
    internal static void Masks(ReadOnlySpan<byte> verdicts, Span<MemberState> members)
    {
        for (var i = 0; i < members.Length; i++)
        {
            (members[i].False, members[i].Unknown) = Split(verdicts.Slice(i * Stride, Stride));
        }
    }

    /// <summary>The bits of a row whose verdict is False, and those whose verdict is Unknown (two vector compares).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (uint False, uint Unknown) Split(ReadOnlySpan<byte> row)
    {
        var v = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(row));
        var f = Vector256.Equals(v, Vector256<byte>.Zero).ExtractMostSignificantBits();
        var u = Vector256.Equals(v, Vector256.Create((byte)Truth.Unknown)).ExtractMostSignificantBits();
        return (f, u);
    }

    /// <summary>
    /// Files a verdict into a member's masks at <paramref name="bit"/> (a mask of one bit, or 0 for an element the
    /// regime does not use), branch-free: <c>(v - 1) &gt;&gt; 31</c> is all ones exactly for False (0),
    /// <c>-(v &amp; 1)</c> exactly for Unknown (1).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void File(ref MemberState x, uint bit, Truth verdict)
    {
        var v = (int)verdict;
        x.False |= bit & (uint)((v - 1) >> 31);
        x.Unknown |= bit & (uint)-(v & 1);
    }

    /// <summary>
    /// Element 22: whether another member's exclusion ground reaches this member. Each ground spreads as it states
    /// (<see cref="FamilySpread"/>; the IMK grounds as A19 <c>Family.ExclusionScope</c> says, § 104a only convictions,
    /// Abs. 3 S. 1): to the whole household, to the whole household except a spouse for whom refusal would be a
    /// particular hardship (§ 104a Abs. 3 S. 2 [background]), between the spouses, or from a parent to the minor children.
    /// </summary>
    /// <remarks>
    /// Linear in the household: the members' own grounds are counted per kind of spread, and each member subtracts
    /// its own. Reads and updates the members' cached masks (<see cref="MemberState.False"/>,
    /// <see cref="MemberState.Unknown"/>) and writes the verdict into the rows.
    /// </remarks>
    internal static void FamilyScope(in RegimePlan plan, Span<byte> verdicts, Span<MemberState> members)
        => FamilyScope<AnyPlan>(in plan, verdicts, members);

    /// <summary>As <see cref="FamilyScope(in RegimePlan, Span{byte}, Span{MemberState})"/> for a plan of the shape <typeparamref name="TShape"/>.</summary>
    private static void FamilyScope<TShape>(in RegimePlan plan, Span<byte> verdicts, Span<MemberState> members)
        where TShape : struct, IPlanShape
    {
        var scope = CountScope<TShape>(in plan, members);
        for (var i = 0; i < members.Length; i++)
        {
            ApplyScope<TShape>(in plan, in scope, verdicts, ref members[i], i);
        }
    }

    /// <summary>
    /// The family scope's first half: counts of members whose own grounds of each kind of spread are False / Unknown
    /// (<see cref="ScopeCounts"/>). The four kinds: whole household, whole household except a spouse's hardship,
    /// between the spouses, from a parent to the minor children. Kinds the plan does not use have no grounds (their
    /// own verdict is True and never counted). The couple's grounds alone spread to the spouse or to the minor
    /// children. Counted without branches (0/1 flags): which members have a ground is data, and branching on it
    /// mispredicted. Where nothing spreads or there is nobody else whose ground could reach a member, nothing is
    /// counted and every member's scope is met.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ScopeCounts CountScope<TShape>(in RegimePlan plan, ReadOnlySpan<MemberState> members)
        where TShape : struct, IPlanShape
    {
        var counts = default(ScopeCounts);
        if (plan.Spreading == 0 || members.Length <= 1)
        {
            return counts;
        }

        counts.Spreads = true;
        var whole = plan.SpreadWhole;
        var hardship = plan.SpreadWholeHardship;
        var spouses = plan.SpreadSpouses;
        var parents = plan.SpreadParents;
        var couples = TShape.Couples(in plan);
        for (var i = 0; i < members.Length; i++)
        {
            ref readonly var x = ref members[i];
            var (wf, wu) = Own(in x, whole);
            counts.WholeFalse += wf;
            counts.WholeUnknown += wu;

            // The kinds a plan does not use are skipped (the same for every member, so the test is predicted).
            if (couples)
            {
                var couple = Couple(in x);
                var (sf, su) = Own(in x, spouses);
                counts.SpousesFalse += sf & couple;
                counts.SpousesUnknown += su & couple;
                var (pf, pu) = Own(in x, parents);
                counts.ParentsFalse += pf & couple;
                counts.ParentsUnknown += pu & couple;
            }

            if (TShape.Hardship(in plan))
            {
                var (hf, hu) = Own(in x, hardship);
                counts.HardshipFalse += hf;
                counts.HardshipUnknown += hu;
                var applicant = Flag(x.Role == HouseholdRole.Applicant);
                counts.ApplicantFalse += hf & applicant;
                counts.ApplicantUnknown += hu & applicant;
            }
        }

        return counts;
    }

    /// <summary>
    /// The family scope's second half for member <paramref name="i"/>: whether another member's ground of some kind
    /// fails (anyFalse) or is open (anyUnknown) for it — the scope is their Kleene conjunction — filed into its masks
    /// and, where <paramref name="verdicts"/> is not empty, its row. The member's own grounds are read again from its
    /// masks, which only this changes (and only at the scope bit, which is no ground).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ApplyScope<TShape>(in RegimePlan plan, in ScopeCounts counts, Span<byte> verdicts, ref MemberState x, int i)
        where TShape : struct, IPlanShape
    {
        var bit = plan.FamilyScopeBit;
        var mask = 1u << bit;
        var anyFalse = 0;
        var anyUnknown = 0;
        if (counts.Spreads)
        {
            var (wf, wu) = Own(in x, plan.SpreadWhole);
            anyFalse = Flag(counts.WholeFalse - wf > 0);
            anyUnknown = Flag(counts.WholeUnknown - wu > 0);
            if (TShape.Couples(in plan))
            {
                var couple = Couple(in x);
                var (sf, su) = Own(in x, plan.SpreadSpouses);
                anyFalse |= Flag(counts.SpousesFalse - (sf & couple) > 0) & couple;
                anyUnknown |= Flag(counts.SpousesUnknown - (su & couple) > 0) & couple;

                // A minor child is not one of the couple: its own grounds are not among the parents'.
                var minor = Flag(x.MinorChild);
                anyFalse |= Flag(counts.ParentsFalse > 0) & minor;
                anyUnknown |= Flag(counts.ParentsUnknown > 0) & minor;
            }

            if (TShape.Hardship(in plan))
            {
                var self = Own(in x, plan.SpreadWholeHardship);
                Truth reach;
                if (x.Role == HouseholdRole.Spouse)
                {
                    // § 104a Abs. 3 S. 2 [background]: the hardship exception is for the spouse *of the offender*
                    // (the applicant); another member's ground reaches the spouse as anybody else.
                    var othersFalse = counts.HardshipFalse - self.False;
                    var othersUnknown = counts.HardshipUnknown - self.Unknown;
                    var fromPartner = counts.ApplicantFalse > 0 ? Truth.False : counts.ApplicantUnknown > 0 ? Truth.Unknown : Truth.True;
                    var fromOthers = othersFalse - counts.ApplicantFalse > 0 ? Truth.False : othersUnknown - counts.ApplicantUnknown > 0 ? Truth.Unknown : Truth.True;
                    reach = fromOthers.And(fromPartner == Truth.True ? Truth.True : fromPartner.Or(x.SpouseHardship));
                }
                else
                {
                    reach = counts.HardshipFalse - self.False > 0 ? Truth.False : counts.HardshipUnknown - self.Unknown > 0 ? Truth.Unknown : Truth.True;
                }

                anyFalse |= Flag(reach == Truth.False);
                anyUnknown |= Flag(reach == Truth.Unknown);
            }
        }

        var unknown = anyUnknown & (anyFalse ^ 1);
        if (!verdicts.IsEmpty)
        {
            verdicts[(i * Stride) + bit] = (byte)(2 - (2 * anyFalse) - unknown);
        }

        x.False = (x.False & ~mask) | (mask & (uint)-anyFalse);
        x.Unknown = (x.Unknown & ~mask) | (mask & (uint)-unknown);
    }

    /// <summary>1 for the applicant or the spouse (the couple), else 0; without a branch (the roles are 0 and 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Couple(in MemberState x) => Flag((uint)x.Role <= (uint)HouseholdRole.Spouse);

    /// <summary>1 for true, 0 for false (a flag to count or mask with, without a branch).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Flag(bool value) => value ? 1 : 0;

    /// <summary>
    /// A member's own verdict on the grounds of <paramref name="grounds"/> as two flags: False if one fails, else
    /// Unknown if one is open (at most one flag is 1; neither for True, and for a kind without grounds).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int False, int Unknown) Own(in MemberState x, uint grounds)
    {
        var f = Flag((x.False & grounds) != 0);
        return (f, Flag((x.Unknown & grounds) != 0) & (f ^ 1));
    }

    /// <summary>The outcome of one member, then the § 104a transition (A31) and other titles (A32).</summary>
    private static void DecideMember<TSource, TShape>(in RegimePlan plan, in HouseholdInputs household, ref MemberState x, int index, ref TSource source, ref Truth livelihood, ref bool livelihoodKnown)
        where TSource : struct, IDecisionSource
        where TShape : struct, IPlanShape
    {
        var (f, u) = (x.False, x.Unknown);
        Outcome outcome;
        uint bits;
        var steps = DecisionSteps.None;
        var failed = f & plan.Hard;
        var discretion = false;
        var discretionOpen = false;
        if (failed != 0 && TShape.Discretion(in plan) && (failed & ~plan.DiscretionReplaces) == 0)
        {
            // A discretionary alternative (§ 104a Abs. 2): refused only on what it stands in for. Where it holds, the
            // member is decided as if those were met and granted at discretion; where it is unknown, it is asked.
            var d = RegimePlan.Bit(plan.DiscretionBit);
            if ((f & d) == 0)
            {
                discretion = (u & d) == 0;
                discretionOpen = !discretion;
                f &= ~plan.DiscretionReplaces;
                u &= ~plan.DiscretionReplaces;
                failed = 0;
            }
        }

        var outstanding = 0u;
        var open = 0u;
        if (failed == 0)
        {
            // Curable requirements matter only for a member nothing refuses (a refused case is not asked for its passport).
            outstanding = ((f | u) & plan.Curable) | source.Outstanding(index);
            open = (u & plan.Hard) | outstanding | (discretionOpen ? RegimePlan.Bit(plan.DiscretionBit) : 0u);
        }

        if (failed != 0)
        {
            outcome = Outcome.Refusal;
            bits = failed;
        }
        else if (open != 0)
        {
            // Unknown hard conditions, and curable ones not met yet (a passport not presented; a language deficit
            // where A23 extends the Duldung): open, not refused.
            outcome = Outcome.Pending;
            bits = open;
        }
        else
        {
            if (!livelihoodKnown)
            {
                livelihood = plan.LivelihoodBit < 0 ? Truth.True : source.Livelihood();
                livelihoodKnown = true;
            }

            var livelihoodBit = RegimePlan.Bit(plan.LivelihoodBit);
            if (livelihood == Truth.True)
            {
                outcome = discretion ? Outcome.DiscretionaryPermit : plan.Grant;
                bits = discretion ? plan.DiscretionReplaces & x.False : 0;
            }
            else if (livelihood == Truth.Unknown)
            {
                outcome = Outcome.Pending;
                bits = livelihoodBit;
            }
            else if (plan.Shortfall == LivelihoodShortfall.ProbationPermit)
            {
                // § 104a Abs. 1 S. 2 [background]: everything but livelihood is met — a permit "auf Probe"; the
                // livelihood element is reported as its reason.
                outcome = Outcome.ProbationPermit104a;
                bits = livelihoodBit;
            }
            else if (plan.WorkTakeUpBit < 0)
            {
                outcome = Outcome.Refusal;
                bits = livelihoodBit;
            }
            else if (household.DecisionDay == NoDate)
            {
                // Everything but livelihood is met: a job-search Duldung or a refusal, depending on the decision date.
                outcome = Outcome.Pending;
                bits = livelihoodBit;
                steps |= DecisionSteps.NoDecisionDate;
            }
            else if (plan.ExtensionAfterDeadline || household.DecisionDay <= plan.WorkTakeUpDay)
            {
                outcome = Outcome.JobSearchDuldung;
                bits = livelihoodBit;
            }
            else
            {
                outcome = Outcome.Refusal;
                bits = livelihoodBit | RegimePlan.Bit(plan.WorkTakeUpBit);
                steps |= DecisionSteps.DeadlineExpired;
            }
        }

        // A31: an IMK refusal or job-search Duldung (the application is "noch nicht endgültig entschieden",
        // L372-375) is decided again under the § 104a regime itself once the statute is in force (L2598-2601,
        // L1135-1138) — the whole household with the statute's own dates, family reading and family scope, never a
        // relabelled IMK refusal. The statute's permit replaces the IMK outcome; its open questions keep the case
        // pending; its refusal leaves the IMK outcome standing.
        if (outcome is Outcome.Refusal or Outcome.JobSearchDuldung && plan.Convert104a)
        {
            if (household.DecisionDay == NoDate)
            {
                outcome = Outcome.Pending;
                bits = 0;
                steps |= DecisionSteps.ConversionNeedsDate;
            }
            else if (household.DecisionDay < StatuteInForceDay)
            {
                steps |= DecisionSteps.ConversionNotInForce;
            }
            else
            {
                steps |= DecisionSteps.ConversionTried;
                var statute = source.Statute(index);
                if (statute is Outcome.StatutoryPermit104a or Outcome.ProbationPermit104a or Outcome.DiscretionaryPermit)
                {
                    outcome = statute;
                    bits = 0;
                    steps |= DecisionSteps.Converted;
                }
                else if (statute == Outcome.Pending)
                {
                    outcome = Outcome.Pending;
                    bits = 0;
                    steps |= DecisionSteps.ConversionOpen;
                }
            }
        }

        if (outcome == Outcome.Refusal && plan.OtherTitle && x.OtherTitleGranted)
        {
            outcome = Outcome.WithdrawnOrSettled;
            steps |= DecisionSteps.OtherTitle;
        }

        x.Outcome = outcome;
        x.Bits = bits;
        x.Steps = steps;
    }

    /// <summary>
    /// A minor child cannot obtain more than the best-placed adult of the household (the outcome is the
    /// household's); an unaccompanied minor keeps its own outcome. Who is a minor is decided by age at the regime's
    /// reference date, not by the role "child" (IMK correction 2): an adult child is decided on its own; a child whose
    /// age is unknown is capped (the cap can only lower an outcome, never grant). Ties between adults merge their grounds, and the
    /// outcome is that of the first tied adult by ordinal id, so nothing depends on the order of the members.
    /// A child of unknown age may also be an adult: then it decides its own case and may be the best-placed adult of
    /// the others. Where that would change a minor's outcome, the outcome is pending (<see cref="OpenCaps"/>).
    /// </summary>
    /// <returns>The household's outcome after the cap.</returns>
    private static Outcome CapMinors<TShape>(in RegimePlan plan, Span<MemberState> members, in BestAdult adult)
        where TShape : struct, IPlanShape
    {
        var best = adult.Index;
        var bestRank = adult.Rank;
        var result = Outcome.Mixed;
        for (var i = 0; i < members.Length; i++)
        {
            ref var x = ref members[i];
            if (best >= 0 && x.MinorChild && Rank(x.Outcome) > bestRank)
            {
                x.Uncapped = x.Outcome;
                x.UncappedBits = x.Bits;
                x.Outcome = members[best].Outcome;
                x.Bits = adult.Bits;
                x.CappedBy = best + 1;
            }

            result = i == 0 || x.Outcome == result ? x.Outcome : Outcome.Mixed;
        }

        if (adult.AnyAgeUnknown || (best >= 0 && TShape.Discretion(in plan)))
        {
            if (adult.AnyAgeUnknown)
            {
                // Rare (a child's birth date unknown), so its scratch lives in a method of its own: a stackalloc here
                // would keep this hot method from the runtime's profile-guided recompilation (as in BulkEvaluator).
                OpenCaps(members, best < 0 ? -1 : bestRank);
            }

            if (best >= 0 && TShape.Discretion(in plan))
            {
                ChildRoute(in plan, members);
            }

            result = members[0].Outcome;
            for (var i = 1; i < members.Length; i++)
            {
                result = members[i].Outcome == result ? result : Outcome.Mixed;
            }
        }

        return result;
    }

    /// <summary>
    /// An unknown fact never gives a definite outcome that filling it could contradict (ADR 0002): a child whose age
    /// is unknown at the reference date is capped as a minor, but if it is of age it decides its own case (and keeps
    /// its own outcome) and counts among the adults whose best outcome caps the other minors. A minor whose outcome
    /// would differ in one of these cases is pending, the open age being its question
    /// (<see cref="MemberState.CapOpenBy"/>): its own age if it would keep a better own outcome as an adult; another
    /// child's if that child, as an adult, could lift the cap (its outcome is better than the best adult's, or still
    /// pending) or, with no adult of known age, could impose a cap below the minor's own outcome. Checking each
    /// child of unknown age alone suffices: several of them as adults lift or impose no cap that one alone does not.
    /// </summary>
    /// <param name="members">The members, minors already capped (a capped member keeps its own outcome in
    /// <see cref="MemberState.Uncapped"/>).</param>
    /// <param name="bestRank">Rank of the best-placed adult of known age, or -1 if there is none.</param>
    private static void OpenCaps(Span<MemberState> members, int bestRank)
    {
        // The members' own outcomes before the cap: a child of unknown age, were it an adult, would keep its own.
        Span<Outcome> own = members.Length <= 64 ? stackalloc Outcome[members.Length] : new Outcome[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            own[i] = members[i].CappedBy > 0 ? members[i].Uncapped : members[i].Outcome;
        }

        for (var i = 0; i < members.Length; i++)
        {
            ref var x = ref members[i];
            if (!x.MinorChild || x.Outcome == Outcome.Pending)
            {
                continue;
            }

            var open = x.AgeUnknown && own[i] != x.Outcome ? i : -1;
            for (var u = 0; u < members.Length && open < 0; u++)
            {
                if (u == i || !members[u].AgeUnknown)
                {
                    continue;
                }

                var rank = Rank(own[u]);
                var lifts = bestRank >= 0 && Rank(own[i]) > bestRank && (own[u] == Outcome.Pending || rank > bestRank);
                var imposes = bestRank < 0 && (own[u] == Outcome.Pending || rank < Rank(own[i]));
                open = lifts || imposes ? u : -1;
            }

            if (open >= 0)
            {
                // Pending on its own open elements (none if its own case succeeds) and the age question.
                if (x.CappedBy == 0)
                {
                    x.Uncapped = x.Outcome;
                    x.UncappedBits = x.Bits;
                }

                x.Bits = own[i] == Outcome.Pending ? x.UncappedBits : 0;
                x.Outcome = Outcome.Pending;
                x.CappedBy = 0;
                x.CapOpenBy = open + 1;
            }
        }
    }

    /// <summary>
    /// § 104b AufenthG [background]: a minor refused only because of its parents — capped by their refusal, or reached
    /// by a family member's ground — may receive a title of its own where the regime's discretion element holds for
    /// it (<see cref="Outcome.DiscretionaryPermit"/>, not capped); while that is unknown its case stays pending.
    /// </summary>
    private static void ChildRoute(in RegimePlan plan, Span<MemberState> members)
    {
        var d = RegimePlan.Bit(plan.DiscretionBit);
        var family = RegimePlan.Bit(plan.FamilyScopeBit);
        for (var i = 0; i < members.Length; i++)
        {
            ref var x = ref members[i];
            var capped = x.CappedBy > 0;
            var familyOnly = !capped && x.Bits != 0 && (x.Bits & ~family) == 0;
            if (!x.MinorChild || x.Outcome != Outcome.Refusal || !(capped || familyOnly) || (x.False & d) != 0)
            {
                continue;
            }

            // The child's own case must be decidable for a grant: what is open for it stays open (an unknown fact
            // never yields a permit).
            var open = capped
                ? (Rank(x.Uncapped) >= Rank(Outcome.DiscretionaryPermit) ? 0u : x.UncappedBits)
                : (x.Unknown & plan.Hard & ~family) | ((x.False | x.Unknown) & plan.Curable);
            var routeOpen = (x.Unknown & d) != 0;
            var ownOpen = open != 0 || (capped && Rank(x.Uncapped) < Rank(Outcome.DiscretionaryPermit));
            x.Outcome = routeOpen || ownOpen ? Outcome.Pending : Outcome.DiscretionaryPermit;
            x.Bits = x.Outcome == Outcome.Pending ? open | (routeOpen ? d : 0u) : x.Bits;
            x.CappedBy = 0;
            x.Steps |= DecisionSteps.ChildRoute;
        }
    }

    /// <summary>The family scope's counts (<see cref="CountScope"/>), per kind of spread: members whose own grounds of it are False / Unknown.</summary>
    private struct ScopeCounts
    {
        /// <summary>Something spreads and the household has another member it could reach; else every scope is met.</summary>
        public bool Spreads;
        public int WholeFalse, WholeUnknown, HardshipFalse, HardshipUnknown, SpousesFalse, SpousesUnknown, ParentsFalse, ParentsUnknown, ApplicantFalse, ApplicantUnknown;
    }

    /// <summary>
    /// The best-placed member who is not a minor (the cap of minors), folded while the members are decided: highest
    /// rank; among equals the grounds merged and the first by ordinal id.
    /// </summary>
    private struct BestAdult
    {
        /// <summary>Rank of the best outcome, -1 while there is none.</summary>
        public int Rank;

        /// <summary>Ordinal id order of the first tied member.</summary>
        public int Order;

        /// <summary>Index of that member, -1 while there is none.</summary>
        public int Index;

        /// <summary>The tied members' grounds, merged.</summary>
        public uint Bits;

        /// <summary>Some member's age is unknown (a child who may be of age).</summary>
        public bool AnyAgeUnknown;

        /// <summary>Before any member is folded in: no best-placed member yet.</summary>
        public static BestAdult None => new() { Rank = -1, Order = int.MaxValue, Index = -1 };

        /// <summary>Folds member <paramref name="i"/> in once it is decided.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(in MemberState x, int i)
        {
            AnyAgeUnknown |= x.AgeUnknown;
            if (x.MinorChild)
            {
                return;
            }

            var rank = DecisionProcedure.Rank(x.Outcome);
            if (rank > Rank)
            {
                Rank = rank;
                Order = x.IdOrder;
                Index = i;
                Bits = x.Bits;
            }
            else if (rank == Rank)
            {
                Bits |= x.Bits;
                if (x.IdOrder < Order)
                {
                    Order = x.IdOrder;
                    Index = i;
                }
            }
        }
    }

    /// <summary>How favourable an outcome is, for capping minors: permit &gt; § 104a permit &gt; permit "auf Probe" &gt; discretionary permit &gt; Duldung &gt; pending &gt; the rest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Rank(Outcome outcome) => (uint)outcome < (uint)Ranks.Length ? Ranks[(int)outcome] : 0;

    /// <summary>The ranks by <see cref="Outcome"/> value (a table: a switch was not inlined on the bulk path).</summary>
    private static ReadOnlySpan<byte> Ranks => [
        6, // ResidencePermit
        2, // JobSearchDuldung
        5, // StatutoryPermit104a
        0, // Refusal
        1, // Pending
        0, // WithdrawnOrSettled
        0, // NoApplication
        0, // Mixed
        4, // ProbationPermit104a
        3, // DiscretionaryPermit
    ];
}

/// <summary>What the decision procedure asks of a path beyond the verdict rows, only when it needs it.</summary>
internal interface IDecisionSource
{
    /// <summary>The household's livelihood verdict (the bulk path computes it only for a member that reaches it).</summary>
    Truth Livelihood();

    /// <summary>
    /// Member <paramref name="index"/>'s outcome when the household is decided under the § 104a regime (A31
    /// transition); the path decides the household once, when the first member asks.
    /// </summary>
    Outcome Statute(int index);

    /// <summary>
    /// Bits of curable elements that are not met and not in the rows (the bulk path computes the built-in passport
    /// element only for a member that nothing refuses); 0 where every verdict is in the rows.
    /// </summary>
    uint Outstanding(int index);
}

/// <summary>Household facts the procedure reads besides the verdicts.</summary>
/// <param name="Withdrawn">The application was withdrawn.</param>
/// <param name="Application">Verdict of the regime's gate element (True without one).</param>
/// <param name="DecisionDay">Day number of the decision date, or <see cref="DecisionProcedure.NoDate"/>.</param>
internal readonly record struct HouseholdInputs(bool Withdrawn, Truth Application, int DecisionDay);

/// <summary>One member's facts for the procedure, and its result.</summary>
internal struct MemberState
{
    public HouseholdRole Role;

    /// <summary>Role Child and not known to be of age at the regime's reference date: capped by the best-placed adult.</summary>
    public bool MinorChild;

    /// <summary>Role Child and whether it is of age at the regime's reference date is unknown (a <see cref="MinorChild"/>).</summary>
    public bool AgeUnknown;
    public Truth SpouseHardship;
    public bool OtherTitleGranted;

    /// <summary>Rank of the member's id in ordinal order within the household (ties between adults).</summary>
    public int IdOrder;

    /// <summary>Bits whose verdict is False (from the row; the family scope updates it).</summary>
    public uint False;

    /// <summary>Bits whose verdict is Unknown.</summary>
    public uint Unknown;
    public Outcome Outcome;
    public uint Bits;
    public DecisionSteps Steps;

    /// <summary>A capped minor's own outcome and grounds before the cap (for the § 104b child route).</summary>
    public Outcome Uncapped;
    public uint UncappedBits;

    /// <summary>One more than the index of the adult whose outcome a capped minor took; 0 if not capped.</summary>
    public int CappedBy;

    /// <summary>
    /// One more than the index of the child of unknown age whose age decides a minor's cap (the minor itself or
    /// another); the minor is then pending. 0 if the cap is known.
    /// </summary>
    public int CapOpenBy;
}

/// <summary>
/// A member's False and Unknown masks while its verdicts are filed (<see cref="With"/>): the bulk loop files a
/// member's verdicts into a value held in a register and adds it to the member's state once (filing each straight
/// into the state chained every verdict through a store and a reload of the same memory).
/// </summary>
/// <remarks>
/// Both masks in one 64-bit field (False low, Unknown high), and filed by value rather than through a reference: a
/// local passed by reference stayed in memory, and a struct of two 32-bit fields returned from a method was stored
/// as two halves and reloaded as one, which the processor cannot forward from the stores.
/// </remarks>
internal readonly struct Filed
{
    private readonly ulong _bits;

    private Filed(ulong bits) => _bits = bits;

    /// <summary>Bits whose verdict is False.</summary>
    public uint False => (uint)_bits;

    /// <summary>Bits whose verdict is Unknown.</summary>
    public uint Unknown => (uint)(_bits >> 32);

    /// <summary>
    /// These masks with <paramref name="verdict"/> filed at <paramref name="bit"/> (a mask of one bit, or 0 for an
    /// element the regime does not use), branch-free as <see cref="DecisionProcedure.File(ref MemberState, uint, Truth)"/>.
    /// </summary>
    /// <remarks>
    /// The verdict selects which half receives the bit from a table of four masks (the bit is spread to both halves
    /// by one multiplication): four instructions where the arithmetic form took about twelve, and the household
    /// loop files some eight verdicts per member. As <see cref="DecisionProcedure.File(ref MemberState, uint, Truth)"/>,
    /// a value above True (none is) counts as Unknown.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Filed With(uint bit, Truth verdict)
        => new Filed(_bits | ((bit * 0x1_0000_0001UL) & Halves[(int)verdict & 3]));

    /// <summary>The half a verdict is filed in, by verdict: False the low half, Unknown (and 3) the high half, True neither.</summary>
    private static ReadOnlySpan<ulong> Halves => [0x0000_0000_FFFF_FFFFUL, 0xFFFF_FFFF_0000_0000UL, 0UL, 0xFFFF_FFFF_0000_0000UL];

    /// <summary>Adds the filed bits to a member's masks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Into(ref MemberState x)
    {
        x.False |= False;
        x.Unknown |= Unknown;
    }
}

/// <summary>Which steps of the procedure shaped a member's outcome, for the explanation.</summary>
[Flags]
internal enum DecisionSteps : ushort
{
    None = 0,
    NoDecisionDate = 1,
    DeadlineExpired = 2,
    ConversionNeedsDate = 4,
    ConversionNotInForce = 8,
    ConversionTried = 16,
    Converted = 32,
    ConversionOpen = 64,
    OtherTitle = 256,
    ChildRoute = 512,
}
