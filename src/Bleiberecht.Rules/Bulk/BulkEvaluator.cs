using System.Buffers;
using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Regimes.Imk2006;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// The bulk path: decides every household of a <see cref="HouseholdBatch"/> under a <see cref="CompiledRuleSet"/>
/// and writes per person the outcome and the failed elements as a <see cref="FailureMask"/>. The same decision
/// procedure as <see cref="Evaluator"/> (order of checks, three-valued results, family scope, minors capped by the best adult, § 104a
/// conversion, other-title routing) and three-valued throughout (Unknown never becomes False), without
/// explanations: no allocation per case, parallel over households, results independent of the partitioning.
/// </summary>
public static partial class BulkEvaluator
{
    /// <summary>Households evaluated per parallel work item.</summary>
    private const int ChunkHouseholds = 1024;

    /// <summary>Members per household held on the stack; larger households use a pooled buffer.</summary>
    private const int StackMembers = 32;

    /// <summary>
    /// Evaluates the whole batch. <paramref name="results"/> receives one entry per person, indexed as the batch
    /// (<see cref="HouseholdBatch.FirstMember"/>). A <see cref="Memory{T}"/> (an array converts implicitly) rather
    /// than a span, so the households can be spread over threads.
    /// </summary>
    /// <param name="batch">The households.</param>
    /// <param name="rules">The compiled rule set.</param>
    /// <param name="results">At least <see cref="HouseholdBatch.PersonCount"/> entries.</param>
    /// <param name="parallel">Spread the households over the cores (<see cref="Parallel.For(int, int, Action{int})"/>).</param>
    public static void Evaluate(HouseholdBatch batch, CompiledRuleSet rules, Memory<BulkResult> results, bool parallel = true)
        => Evaluate(batch, rules, results, Memory<BulkHouseholdResult>.Empty, parallel);

    /// <summary>As <see cref="Evaluate(HouseholdBatch, CompiledRuleSet, Memory{BulkResult}, bool)"/>, also writing one result per household.</summary>
    /// <param name="batch">The households.</param>
    /// <param name="rules">The compiled rule set.</param>
    /// <param name="results">At least <see cref="HouseholdBatch.PersonCount"/> entries.</param>
    /// <param name="households">Empty, or at least <see cref="HouseholdBatch.HouseholdCount"/> entries.</param>
    /// <param name="parallel">Spread the households over the cores.</param>
    public static void Evaluate(HouseholdBatch batch, CompiledRuleSet rules, Memory<BulkResult> results, Memory<BulkHouseholdResult> households, bool parallel = true)
    {
        Check(batch, rules, results.Length, households.Length);
        var count = batch.HouseholdCount;
        var chunks = (count + ChunkHouseholds - 1) / ChunkHouseholds;
        if (!parallel || chunks <= 1 || Environment.ProcessorCount == 1)
        {
            Run(batch, rules, 0, count, results.Span, households.Span);
            return;
        }

        RunParallel(batch, rules, count, chunks, results, households);
    }

    /// <summary>
    /// The parallel branch of <see cref="Evaluate(HouseholdBatch, CompiledRuleSet, Memory{BulkResult}, Memory{BulkHouseholdResult}, bool)"/>,
    /// in its own method so that the sequential path allocates no closure.
    /// </summary>
    private static void RunParallel(HouseholdBatch batch, CompiledRuleSet rules, int count, int chunks, Memory<BulkResult> results, Memory<BulkHouseholdResult> households)
    {
        Parallel.For(0, chunks, chunk =>
        {
            var first = chunk * ChunkHouseholds;
            Run(batch, rules, first, Math.Min(ChunkHouseholds, count - first), results.Span, households.Span);
        });
    }

    /// <summary>
    /// Evaluates the batch under every rule set of <paramref name="rules"/> in one pass: each household is decided
    /// under each rule set in turn, and what an earlier rule set computed alike is taken over rather than computed
    /// again (<see cref="CompiledRuleSets"/>). The results equal those of
    /// <see cref="Evaluate(HouseholdBatch, CompiledRuleSet, Memory{BulkResult}, bool)"/> per rule set; for the 16 Land
    /// profiles and the base rule the pass costs a fraction of evaluating them one by one.
    /// </summary>
    /// <param name="batch">The households.</param>
    /// <param name="rules">The rule sets.</param>
    /// <param name="results">One destination per rule set, in the group's order, each with at least
    /// <see cref="HouseholdBatch.PersonCount"/> entries; distinct memories.</param>
    /// <param name="parallel">Spread the households over the cores.</param>
    /// <exception cref="ArgumentException">The number of destinations differs from the number of rule sets, or one is too short.</exception>
    public static void Evaluate(HouseholdBatch batch, CompiledRuleSets rules, IReadOnlyList<Memory<BulkResult>> results, bool parallel = true)
        => Evaluate(batch, rules, results, null, parallel);

    /// <summary>
    /// As <see cref="Evaluate(HouseholdBatch, CompiledRuleSets, IReadOnlyList{Memory{BulkResult}}, bool)"/>, also
    /// writing one result per household and rule set.
    /// </summary>
    /// <param name="batch">The households.</param>
    /// <param name="rules">The rule sets.</param>
    /// <param name="results">One destination per rule set, each with at least <see cref="HouseholdBatch.PersonCount"/> entries.</param>
    /// <param name="households">Null, or one destination per rule set, each empty or with at least <see cref="HouseholdBatch.HouseholdCount"/> entries.</param>
    /// <param name="parallel">Spread the households over the cores.</param>
    /// <exception cref="ArgumentException">The number of destinations differs from the number of rule sets, or one is too short.</exception>
    public static void Evaluate(HouseholdBatch batch, CompiledRuleSets rules, IReadOnlyList<Memory<BulkResult>> results, IReadOnlyList<Memory<BulkHouseholdResult>>? households, bool parallel = true)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count != rules.Count || (households is not null && households.Count != rules.Count))
        {
            throw new ArgumentException($"results holds {results.Count} destinations{(households is null ? string.Empty : $" and households {households.Count}")}, the group has {rules.Count} rule sets", nameof(results));
        }

        var outs = new Memory<BulkResult>[results.Count];
        var householdOuts = new Memory<BulkHouseholdResult>[results.Count];
        for (var r = 0; r < outs.Length; r++)
        {
            householdOuts[r] = households?[r] ?? Memory<BulkHouseholdResult>.Empty;
            Check(batch, rules[r], results[r].Length, householdOuts[r].Length);
            outs[r] = results[r];
        }

        var count = batch.HouseholdCount;
        var chunks = (count + ChunkHouseholds - 1) / ChunkHouseholds;
        if (!parallel || chunks <= 1 || Environment.ProcessorCount == 1)
        {
            RunMany(batch, rules, 0, count, outs, householdOuts);
            return;
        }

        RunManyParallel(batch, rules, count, chunks, outs, householdOuts);
    }

    /// <summary>The parallel branch of <see cref="Evaluate(HouseholdBatch, CompiledRuleSets, IReadOnlyList{Memory{BulkResult}}, IReadOnlyList{Memory{BulkHouseholdResult}}, bool)"/>.</summary>
    private static void RunManyParallel(HouseholdBatch batch, CompiledRuleSets rules, int count, int chunks, Memory<BulkResult>[] results, Memory<BulkHouseholdResult>[] households)
    {
        Parallel.For(0, chunks, chunk =>
        {
            var first = chunk * ChunkHouseholds;
            RunMany(batch, rules, first, Math.Min(ChunkHouseholds, count - first), results, households);
        });
    }

    /// <summary>Households <paramref name="first"/> .. +<paramref name="count"/> under every rule set of the group, on the calling thread.</summary>
    private static void RunMany(HouseholdBatch b, CompiledRuleSets rules, int first, int count, Memory<BulkResult>[] results, Memory<BulkHouseholdResult>[] households)
    {
        Span<MemberState> stack = stackalloc MemberState[StackMembers];
        Span<Truth> stackAdults = stackalloc Truth[StackMembers];
        ReadOnlySpan<HouseholdFacts> facts = b.Households.AsSpan(first, count);
        ReadOnlySpan<PersonFacts> persons = b.Persons;
        using var scratch = new SharedScratch(rules.Width, StackMembers);
        for (var k = 0; k < facts.Length; k++)
        {
            ref readonly var hh = ref facts[k];
            var segment = rules.Segment(hh.DecisionDate);
            var start = hh.MemberStart;
            var n = hh.MemberEnd - start;
            var q = persons.Slice(start, n);
            MemberState[]? rented = null;
            Truth[]? rentedAdults = null;
            var m = stack;
            var adults = stackAdults;
            if (n > StackMembers)
            {
                rented = ArrayPool<MemberState>.Shared.Rent(n);
                rentedAdults = ArrayPool<Truth>.Shared.Rent(n);
                m = rented;
                adults = rentedAdults;
            }

            try
            {
                scratch.Begin(b, first + k, n);
                var ranged = b.HasBirthDateRanges && Evaluation.BirthDateRanges.Any(b.Sources[first + k]);
                for (var r = 0; r < rules.Count; r++)
                {
                    var memo = new SharedVerdicts(scratch, r, n, rules, segment);
                    var c = rules.Instance(segment, r);
                    var res = results[r].Span.Slice(start, n);
                    var copy = ranged ? -1 : rules.ResultsOf(segment, r, scratch.Moot);
                    var donor = ranged ? -1 : rules.MaskDonor(segment, r);
                    var household = copy >= 0 && memo.ResultsOf(copy, out var post, out var outcome)
                        ? Write(post, outcome, res)
                        : donor >= 0 && memo.Kept(donor)
                            ? Verdicts(b, c, first + k, in hh, m[..n], adults[..n], res, ref memo, donor, rules.OtherDonors(segment, r), rules.Recomputed(segment, r))
                            : Household(b, c, first + k, in hh, q, m[..n], adults[..n], res, ref memo);

                    if (ranged)
                    {
                        household = BulkBirthDateRanges.Decide(b.Sources[first + k], rules[r], res);   // ADR 0013: per candidate birth date
                    }

                    if (!households[r].IsEmpty)
                    {
                        households[r].Span[first + k] = household;
                    }
                }
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<MemberState>.Shared.Return(rented);
                    ArrayPool<Truth>.Shared.Return(rentedAdults!);
                }
            }
        }
    }

    /// <summary>
    /// Evaluates households <paramref name="firstHousehold"/> .. +<paramref name="count"/> on the calling thread,
    /// writing their entries of <paramref name="results"/> and <paramref name="households"/> (both indexed as the
    /// whole batch). For callers that partition the work themselves.
    /// </summary>
    /// <param name="batch">The households.</param>
    /// <param name="rules">The compiled rule set.</param>
    /// <param name="firstHousehold">First household of the range.</param>
    /// <param name="count">Number of households.</param>
    /// <param name="results">At least <see cref="HouseholdBatch.PersonCount"/> entries.</param>
    /// <param name="households">Empty, or at least <see cref="HouseholdBatch.HouseholdCount"/> entries.</param>
    public static void EvaluateRange(HouseholdBatch batch, CompiledRuleSet rules, int firstHousehold, int count, Span<BulkResult> results, Span<BulkHouseholdResult> households)
    {
        Check(batch, rules, results.Length, households.Length);
        ArgumentOutOfRangeException.ThrowIfNegative(firstHousehold);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstHousehold + count, batch.HouseholdCount, nameof(count));
        Run(batch, rules, firstHousehold, count, results, households);
    }

    private static void Check(HouseholdBatch batch, CompiledRuleSet rules, int results, int households)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rules);
        if (results < batch.PersonCount)
        {
            throw new ArgumentException($"results holds {results} entries, the batch has {batch.PersonCount} persons", nameof(results));
        }

        if (households != 0 && households < batch.HouseholdCount)
        {
            throw new ArgumentException($"households holds {households} entries, the batch has {batch.HouseholdCount} households", nameof(households));
        }
    }

    private static void Run(HouseholdBatch b, CompiledRuleSet rules, int first, int count, Span<BulkResult> results, Span<BulkHouseholdResult> households)
    {
        // The loop's shape is chosen once per call (ADR 0010 item 8): one instantiation per shape, the same algorithm.
        if (rules.IsImkShape)
        {
            Run<ImkShape>(b, rules, first, count, results, households);
        }
        else
        {
            Run<AnyShape>(b, rules, first, count, results, households);
        }
    }

    /// <summary>The households of <see cref="Run(HouseholdBatch, CompiledRuleSet, int, int, Span{BulkResult}, Span{BulkHouseholdResult})"/> under the shape <typeparamref name="TShape"/>.</summary>
    private static void Run<TShape>(HouseholdBatch b, CompiledRuleSet rules, int first, int count, Span<BulkResult> results, Span<BulkHouseholdResult> households)
        where TShape : struct, IRuleShape
    {
        Span<MemberState> stack = stackalloc MemberState[StackMembers];
        Span<Truth> stackAdults = stackalloc Truth[StackMembers];
        ReadOnlySpan<HouseholdFacts> facts = b.Households.AsSpan(first, count);
        ReadOnlySpan<PersonFacts> persons = b.Persons;
        var withHouseholds = !households.IsEmpty;
        var none = default(NoMemo);
        for (var k = 0; k < facts.Length; k++)
        {
            ref readonly var hh = ref facts[k];
            var c = rules.For(hh.DecisionDate);
            var start = hh.MemberStart;
            var n = hh.MemberEnd - start;
            var q = persons.Slice(start, n);
            var r = results.Slice(start, n);
            BulkHouseholdResult household;
            if (n <= StackMembers)
            {
                household = Household<NoMemo, TShape>(b, c, first + k, in hh, q, stack[..n], stackAdults[..n], r, ref none);
            }
            else
            {
                var rented = ArrayPool<MemberState>.Shared.Rent(n);
                var adults = ArrayPool<Truth>.Shared.Rent(n);
                try
                {
                    household = Household<NoMemo, TShape>(b, c, first + k, in hh, q, rented.AsSpan(0, n), adults.AsSpan(0, n), r, ref none);
                }
                finally
                {
                    ArrayPool<MemberState>.Shared.Return(rented);
                    ArrayPool<Truth>.Shared.Return(adults);
                }
            }

            if (b.HasBirthDateRanges && Evaluation.BirthDateRanges.Any(b.Sources[first + k]))
            {
                household = BulkBirthDateRanges.Decide(b.Sources[first + k], rules, r);   // ADR 0013: per candidate birth date
            }

            if (withHouseholds)
            {
                households[first + k] = household;
            }
        }
    }

    /// <summary>
    /// Decides household <paramref name="h"/>: files each element's verdict, computed by its kernel on the batch,
    /// into the members' False/Unknown masks (<see cref="Filed.With"/>), evaluates user-defined elements
    /// through their rule, and lets the shared procedure decide. <paramref name="q"/> are the members' packed facts,
    /// <paramref name="m"/> scratch space, <paramref name="adults"/> scratch for the members' adulthood (passed in
    /// rather than allocated on the stack here: a method with <c>stackalloc</c> is compiled once without the runtime's
    /// profile-guided tier), <paramref name="results"/> the members' results (all sliced to the household).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static BulkHouseholdResult Household<TMemo>(HouseholdBatch b, CompiledRuleSet c, int h, ref readonly HouseholdFacts hh, ReadOnlySpan<PersonFacts> q, Span<MemberState> m, Span<Truth> adults, Span<BulkResult> results, ref TMemo memo)
        where TMemo : struct, IVerdictMemo
        => Household<TMemo, AnyShape>(b, c, h, in hh, q, m, adults, results, ref memo);

    /// <summary>
    /// <see cref="Household{TMemo}"/> under the rule set's shape <typeparamref name="TShape"/> (<see cref="IRuleShape"/>):
    /// the structural flags it answers with constants cost the loop nothing.
    /// </summary>
    private static BulkHouseholdResult Household<TMemo, TShape>(HouseholdBatch b, CompiledRuleSet c, int h, ref readonly HouseholdFacts hh, ReadOnlySpan<PersonFacts> q, Span<MemberState> m, Span<Truth> adults, Span<BulkResult> results, ref TMemo memo)
        where TMemo : struct, IVerdictMemo
        where TShape : struct, IRuleShape
    {
        var first = hh.MemberStart;
        var n = m.Length;
        q = q[..n];
        results = results[..n];
        var decision = hh.DecisionDate;
        ref readonly var plan = ref c.Plan;

        // The gate (rules.md 5.1 steps 0-1): a withdrawn, unfiled or possibly unfiled application is decided without
        // the other elements (the procedure does not read them).
        var householdFacts = new BatchHouseholdFacts(b, h);
        var noTrace = default(NoTrace);
        HouseholdContext? context = null;
        var application = TShape.GateIsBuiltIn(c)
            ? ProcedureKernel.Application(ref householdFacts, ref noTrace)
            : plan.Regime.GateElement < 0 ? Truth.True : Gate(b, c, h, ref context);

        if (hh.Withdrawn || application != Truth.True)
        {
            var outcome = hh.Withdrawn ? Outcome.WithdrawnOrSettled : application == Truth.False ? Outcome.NoApplication : Outcome.Pending;
            var bits = hh.Withdrawn ? 0u : RegimePlan.Bit(plan.ApplicationBit);
            results.Fill(new BulkResult((byte)outcome, (byte)outcome, bits));
            return new BulkHouseholdResult(n > 0 ? outcome : Outcome.Mixed, new FailureMask(n > 0 ? bits : 0u));
        }

        var deadline = ProcedureKernel.ApplicationDeadline(ref householdFacts, ref noTrace, c.Options.Deadline);
        var housing = HousingKernel.Housing(ref householdFacts, ref noTrace, c.Options.Housing);
        var referenceCivil = c.ReferenceCivil;
        // The decision date as a packed civil date (the school age reads it).
        var decisionCivil = hh.DecisionCivil;
        var ageOfMajority = c.AgeOfMajority;
        var familyOptions = c.Options.Family;
        var schoolOptions = c.Options.School;
        var prognosisRequired = schoolOptions.PrognosisRequiredForFamily;

        // Household-level family and school elements, and the per-person elements that need no household verdict.
        var family = Truth.False;
        var school = Truth.True;
        var prognosis = Truth.True;
        var anyAdult = Truth.False;   // folded in the first pass: a loop of its own cost a mispredicted exit per household
        adults = adults[..n];
        for (var i = 0; i < q.Length; i++)
        {
            ref readonly var f = ref q[i];
            Truth adult;
            if (f.Role == HouseholdRole.Child)
            {
                // A child's ages on the reference date (minority, the family status) and on the decision date (the
                // school elements), each computed once for the kernels that read it.
                var child = new BatchPersonFacts(b, first + i, referenceCivil, decisionCivil);
                adult = MembersKernel.IsAdult(ref child, referenceCivil, ageOfMajority);

                // Elements 6, 9, 10 quantify over the children (HouseholdContext.Children): some qualifies, every one
                // of school age attends school (and has a positive prognosis where A20 requires it).
                family = family.Or(FamilyKernel.QualifyingChild(ref child, ref noTrace, familyOptions, referenceCivil));

                school = school.And(SchoolKernel.Attendance(ref child, ref noTrace, schoolOptions, ageOfMajority, decisionCivil));
                if (prognosisRequired)
                {
                    prognosis = prognosis.And(SchoolKernel.Prognosis(ref child, ref noTrace, schoolOptions, ageOfMajority, decisionCivil));
                }
            }
            else
            {
                // Not a child: an adult without an age (MembersKernel.IsMinorChild reads none).
                var member = new BatchPersonFacts(b, first + i);
                adult = MembersKernel.IsAdult(ref member, referenceCivil, ageOfMajority);
            }

            // Written after the children's kernels: a store through a span may alias the batch for the JIT, which then
            // reads the row again in each kernel.
            adults[i] = adult;
            anyAdult = anyAdult.Or(adult);
            m[i] = new MemberState { Role = f.Role, MinorChild = f.Role == HouseholdRole.Child && adult != Truth.True, AgeUnknown = f.Role == HouseholdRole.Child && adult == Truth.Unknown, SpouseHardship = f.SpouseHardship, OtherTitleGranted = f.OtherTitleGranted, IdOrder = f.IdOrder };
        }

        if (TShape.HasCustomElements(c))
        {
            family = Custom(b, c, h, m, family, ref context);
        }
        else if (!TShape.FamilyIsBuiltIn(c))
        {
            family = Truth.False;
        }

        if (TShape.HasS104aElements(c))
        {
            BulkS104a.Write(b, c, h, first, m, adults, family, decision);
        }

        // The household's verdicts are the same for every member: filed once.
        var household = default(Filed)
            .With(TShape.Mask(c.MaskDeadline, ImkLayout.Deadline), deadline)
            .With(TShape.Mask(c.MaskHousing, ImkLayout.Housing), housing)
            .With(TShape.Mask(c.MaskSchool, ImkLayout.School), school)
            .With(TShape.Mask(c.MaskPrognosis, ImkLayout.Prognosis), prognosis);
        for (var i = 0; i < q.Length; i++)
        {
            Member<TShape>(b, c, first + i, decision, family, adults[i], anyAdult).Into(ref m[i]);
            household.Into(ref m[i]);
        }

        return Decide<TMemo, TShape>(b, c, h, decision, context, m, adults, family, results, ref memo);
    }

    /// <summary>The procedure under any shape (<see cref="AnyShape"/>), for the loops of a group.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static BulkHouseholdResult Decide<TMemo>(HouseholdBatch b, CompiledRuleSet c, int h, int decision, HouseholdContext? context, Span<MemberState> m, Span<Truth> adults, Truth family, Span<BulkResult> results, ref TMemo memo)
        where TMemo : struct, IVerdictMemo
        => Decide<TMemo, AnyShape>(b, c, h, decision, context, m, adults, family, results, ref memo);

    /// <summary>
    /// The procedure over the filed members and the results written. A method of its own, not inlined: its source
    /// (<see cref="BulkSource"/>, which holds references) would otherwise enlarge the household loop's frame, which is
    /// cleared on every call, and share its registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static BulkHouseholdResult Decide<TMemo, TShape>(HouseholdBatch b, CompiledRuleSet c, int h, int decision, HouseholdContext? context, Span<MemberState> m, Span<Truth> adults, Truth family, Span<BulkResult> results, ref TMemo memo)
        where TMemo : struct, IVerdictMemo
        where TShape : struct, IRuleShape
    {
        memo.Filed(m, adults, family);
        if (!memo.Decided(m, out var householdOutcome))
        {
            var inputs = new HouseholdInputs(false, Truth.True, decision);
            var source = new BulkSource(b, c, h, context) { Group = memo.Statute };
            if (memo.Livelihood(out var livelihood))
            {
                source.Know(livelihood);
            }

            householdOutcome = DecisionProcedure.DecideMasked<BulkSource, TShape>(in c.Plan, in inputs, [], m, ref source);
            source.Release();
            memo.Remember(m, householdOutcome, source.LivelihoodKnown, source.KnownLivelihood);
        }

        return Write(m, householdOutcome, results);
    }

    /// <summary>
    /// Person <paramref name="p"/>'s own verdicts (scope, exclusion grounds, cooperation, residence time, German),
    /// filed. A method of its own, not inlined: in the household loop these kernels shared the registers with the
    /// whole household's state and kept most of their values on the stack.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Filed Member<TShape>(HouseholdBatch b, CompiledRuleSet c, int p, int decision, Truth family, Truth adult, Truth anyAdult)
        where TShape : struct, IRuleShape
    {
        var facts = new BatchPersonFacts(b, p);
        var trace = default(NoTrace);
        ref readonly var f = ref b.Persons[p];
        var filed = FileExclusion<TShape>(c, in f, ref facts, ref trace, decision, default(Filed).With(TShape.Mask(c.MaskScope, ImkLayout.Scope), f.Scope), AllInputs);
        return FileResidenceAndLanguage<TShape>(c, in f, ref facts, ref trace, decision, family, adult, anyAdult, filed, AllInputs);
    }

    /// <summary>Writes the members' results and returns the household's.</summary>
    private static BulkHouseholdResult Write(ReadOnlySpan<MemberState> m, Outcome householdOutcome, Span<BulkResult> results)
    {
        var householdBits = 0u;
        results = results[..m.Length];
        for (var i = 0; i < m.Length; i++)
        {
            householdBits |= m[i].Bits;
            results[i] = new BulkResult((byte)m[i].Outcome, (byte)householdOutcome, m[i].Bits);
        }

        return new BulkHouseholdResult(householdOutcome, new FailureMask(householdBits));
    }

    /// <summary>
    /// A household under a rule set of a group that shares every element input with the earlier rule set
    /// <paramref name="donor"/> and <paramref name="others"/> (<see cref="CompiledRuleSets.MaskDonor"/>): the members' verdicts are theirs,
    /// so only the procedure runs — or not even that, where it would run alike (<see cref="SharedVerdicts.Decided"/>).
    /// </summary>
    private static BulkHouseholdResult Verdicts(HouseholdBatch b, CompiledRuleSet c, int h, ref readonly HouseholdFacts hh, Span<MemberState> m, Span<Truth> adults, Span<BulkResult> results, ref SharedVerdicts memo, int donor, ReadOnlySpan<(short Donor, uint Bits)> others, (uint Inputs, uint Bits) recompute)
    {
        memo.FiledAs(donor, others, m, adults);
        var family = memo.FamilyOf(donor);
        if (recompute.Inputs != 0)
        {
            family = Recompute(b, c, h, in hh, m, adults, family, recompute.Inputs, recompute.Bits);
        }

        return Decide(b, c, h, hh.DecisionDate, null, m, adults, family, results, ref memo);
    }

    /// <summary>
    /// Household <paramref name="h"/> under the A31 transition's § 104a rule set <paramref name="g"/> as an entry of
    /// its group (ADR 0015 item 6): as the group decides a rule set — verdicts put together from the entries before it
    /// that computed them alike for this household, or the household loop with the procedure taken over where it runs
    /// alike — and kept for the § 104a entries after it. The same compiled form as
    /// <c>c.Statute.For(decision day)</c> (the segment's).
    /// </summary>
    private static void StatuteInGroup(HouseholdBatch b, int h, GroupStatute g, Span<MemberState> m, Span<Truth> adults, Span<BulkResult> results)
    {
        ref readonly var hh = ref b.Households[h];
        var rules = g.Rules!;
        var memo = new SharedVerdicts(g.Scratch!, g.Index, m.Length, rules, g.Segment);
        var c = rules.Instance(g.Segment, g.Index);
        var donor = rules.MaskDonor(g.Segment, g.Index);
        var others = rules.OtherDonors(g.Segment, g.Index);
        if (donor >= 0 && memo.Kept(donor, others))
        {
            Verdicts(b, c, h, in hh, m, adults, results, ref memo, donor, others, rules.Recomputed(g.Segment, g.Index));
        }
        else
        {
            Household(b, c, h, in hh, b.Persons.AsSpan(hh.MemberStart, m.Length), m, adults, results, ref memo);
        }
    }

    /// <summary>The regime's gate element when it is not the built-in one (a user-defined application test).</summary>
    private static Truth Gate(HouseholdBatch b, CompiledRuleSet c, int h, ref HouseholdContext? context)
    {
        context ??= new HouseholdContext(b.Sources[h], c.Options);
        return ((HouseholdElement)c.Plan.Regime.Elements[c.Plan.Regime.GateElement]).Rule.Evaluate(context);
    }

    /// <summary>
    /// The elements without a columnar form (user-defined predicates, or a replaced family element), evaluated through
    /// their rule on the household's contexts — correct on the bulk path, though slower than the built-ins. Returns
    /// the family verdict the residence time reads.
    /// </summary>
    private static Truth Custom(HouseholdBatch b, CompiledRuleSet c, int h, Span<MemberState> m, Truth family, ref HouseholdContext? context)
    {
        var regime = c.Plan.Regime;
        context ??= new HouseholdContext(b.Sources[h], c.Options);
        if (!c.FamilyIsBuiltIn)
        {
            family = regime.FamilyElement >= 0 ? ((HouseholdElement)regime.Elements[regime.FamilyElement]).Rule.Evaluate(context) : Truth.False;
        }

        context.Family = family;
        for (var bit = 0; bit < regime.CheckableElements.Length; bit++)
        {
            var element = regime.CheckableElements[bit];
            if (element.Kind != BuiltIn.Custom || c.Restated[bit] || element.Role == ElementRole.Livelihood || element.Role == ElementRole.Gate)
            {
                continue;
            }

            if (element is HouseholdElement household)
            {
                var verdict = household.Rule.Evaluate(context);
                for (var i = 0; i < m.Length; i++)
                {
                    DecisionProcedure.File(ref m[i], 1u << bit, verdict);
                }
            }
            else if (element is MemberElement member)
            {
                for (var i = 0; i < m.Length; i++)
                {
                    DecisionProcedure.File(ref m[i], 1u << bit, member.Rule.Evaluate(context.Members[i]));
                }
            }
        }

        return family;
    }

    /// <summary>The bulk path's answers to the procedure: livelihood and the household under § 104a (A31), computed only when asked.</summary>
    private struct BulkSource(HouseholdBatch b, CompiledRuleSet c, int h, HouseholdContext? context) : IDecisionSource
    {
        private Outcome[]? _statute;
        private bool _statuteInGroup;
        private Truth _livelihood;
        private bool _livelihoodKnown;

        /// <summary>Where the A31 transition's § 104a decision is an entry of a group (<see cref="StatuteInGroup"/>); index -1: alone.</summary>
        public GroupStatute Group { get; init; }

        /// <summary>Whether the procedure asked for livelihood (or it was given by <see cref="Know"/>).</summary>
        public readonly bool LivelihoodKnown => _livelihoodKnown;

        /// <summary>The livelihood verdict, if <see cref="LivelihoodKnown"/>.</summary>
        public readonly Truth KnownLivelihood => _livelihood;

        /// <summary>Gives the livelihood verdict an earlier rule set of a group computed alike.</summary>
        public void Know(Truth livelihood)
        {
            _livelihood = livelihood;
            _livelihoodKnown = true;
        }

        public Truth Livelihood()
        {
            if (!_livelihoodKnown)
            {
                _livelihood = ComputeLivelihood();
                _livelihoodKnown = true;
            }

            return _livelihood;
        }

        private readonly Truth ComputeLivelihood()
        {
            if (c.LivelihoodIsBuiltIn)
            {
                var facts = new BatchLivelihoodFacts(b, c, h);
                var trace = default(NoTrace);
                return LivelihoodKernel.Secured(ref facts, ref trace, c.Options);
            }

            if (c.LivelihoodIsStandardRoute)
            {
                // Punkt 3.2 as LivelihoodElements.Punkt32 composes it: income covers the need and no benefits (Kleene and).
                var facts = new BatchLivelihoodFacts(b, c, h);
                var trace = default(NoTrace);
                return LivelihoodKernel.IncomeCoversNeed(ref facts, ref trace, c.Options, out _).And(LivelihoodKernel.NoBenefits(ref facts, ref trace, c.Options.Income));
            }

            if (c.LivelihoodIsExtension)
            {
                // § 104a Abs. 5 S. 2 or an Abs. 6 group (IMK Punkt 3.3), as ExtensionRegime.Livelihood composes them.
                var facts = new BatchLivelihoodFacts(b, c, h);
                var household = new BatchHouseholdFacts(b, h);
                var trace = default(NoTrace);
                return Regimes.S104aExtension.ExtensionKernels.Livelihood(ref household, ref trace, LivelihoodKernel.ExceptionRoute(ref facts, ref trace, c.Options));
            }

            var regime = c.Plan.Regime;
            return ((HouseholdElement)regime.Elements[regime.LivelihoodElement]).Rule.Evaluate(context ?? new HouseholdContext(b.Sources[h], c.Options));
        }

        public readonly uint Outstanding(int index)
        {
            if (c.BitPassport < 0)
            {
                return 0;
            }

            var p = b.Households[h].MemberStart + index;
            var facts = new BatchPersonFacts(b, p);
            var trace = default(NoTrace);
            return IdentityKernels.Passport(ref facts, ref trace, c.Options.Passport) == Truth.True ? 0u : 1u << c.BitPassport;
        }

        /// <summary>
        /// The household decided under the § 104a regime on the bulk path itself (its compiled rule set for the
        /// decision date), once, on scratch arrays: only households the A31 transition reaches pay for it. The
        /// arrays come from the shared pools (a large population has many such households; allocating them per
        /// household cost the 178,326 × 17 benchmark about 290 MB per run); <see cref="Release"/> returns the outcomes.
        /// </summary>
        public Outcome Statute(int index)
        {
            if (Group.Index >= 0)
            {
                // Within a group: on the worker's scratch (SharedScratch.StatuteMembers), decided once per asking rule set.
                var scratch = Group.Scratch!;
                if (!_statuteInGroup)
                {
                    var members = b.Households[h].MemberEnd - b.Households[h].MemberStart;
                    StatuteInGroup(b, h, Group, scratch.StatuteMembers.AsSpan(0, members), scratch.StatuteAdults.AsSpan(0, members), scratch.StatuteResults.AsSpan(0, members));
                    _statuteInGroup = true;
                }

                return scratch.StatuteResults[index].Outcome;
            }

            if (_statute is null)
            {
                ref readonly var hh = ref b.Households[h];
                var n = hh.MemberEnd - hh.MemberStart;
                var results = ArrayPool<BulkResult>.Shared.Rent(n);
                var states = ArrayPool<MemberState>.Shared.Rent(n);
                var adults = ArrayPool<Truth>.Shared.Rent(n);
                var none = default(NoMemo);
                try
                {
                    Household(b, c.Statute.For(hh.DecisionDate), h, in hh, b.Persons.AsSpan(hh.MemberStart, n), states.AsSpan(0, n), adults.AsSpan(0, n), results.AsSpan(0, n), ref none);

                    _statute = ArrayPool<Outcome>.Shared.Rent(n);
                    for (var i = 0; i < n; i++)
                    {
                        _statute[i] = results[i].Outcome;
                    }
                }
                finally
                {
                    ArrayPool<BulkResult>.Shared.Return(results);
                    ArrayPool<MemberState>.Shared.Return(states);
                    ArrayPool<Truth>.Shared.Return(adults);
                }
            }

            return _statute[index];
        }

        /// <summary>Returns the § 104a outcomes to their pool once the household is decided.</summary>
        public void Release()
        {
            if (_statute is not null)
            {
                ArrayPool<Outcome>.Shared.Return(_statute);
                _statute = null;
            }
        }
    }
}
