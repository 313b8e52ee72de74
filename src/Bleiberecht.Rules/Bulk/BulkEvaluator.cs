using System.Buffers;
using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes;
using static Bleiberecht.Rules.Bulk.BulkPersonElements;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// The bulk path: decides every household of a <see cref="HouseholdBatch"/> under a <see cref="CompiledRuleSet"/>
/// and writes per person the outcome and the failed elements as a <see cref="FailureMask"/>. The same decision
/// procedure as <see cref="Evaluator"/> (rules.md 5.1-5.3, family scope, minors capped by the best adult, § 104a
/// conversion, other-title routing) and three-valued throughout (Unknown never becomes False), without
/// explanations: no allocation per case, parallel over households, results independent of the partitioning.
/// </summary>
public static class BulkEvaluator
{
    /// <summary>Households evaluated per parallel work item.</summary>
    private const int ChunkHouseholds = 1024;

    /// <summary>Members per household held on the stack; larger households use a pooled buffer.</summary>
    private const int StackMembers = 32;

    /// <summary>§ 104a's reference date (1.7.2007) for the conversion (A31), as day number and packed date.</summary>
    private static readonly int StatuteReferenceDay = S104aElements.ReferenceDate.DayNumber;

    private static readonly int StatuteReferenceCivil = CivilDate.Pack(S104aElements.ReferenceDate);

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

    private static void Run(HouseholdBatch b, CompiledRuleSet c, int first, int count, Span<BulkResult> results, Span<BulkHouseholdResult> households)
    {
        Span<Member> stack = stackalloc Member[StackMembers];
        ReadOnlySpan<HouseholdFacts> facts = b.Households.AsSpan(first, count);
        ReadOnlySpan<PersonFacts> persons = b.Persons;
        var withHouseholds = !households.IsEmpty;
        for (var k = 0; k < facts.Length; k++)
        {
            ref readonly var hh = ref facts[k];
            var start = hh.MemberStart;
            var n = hh.MemberEnd - start;
            var q = persons.Slice(start, n);
            var r = results.Slice(start, n);
            BulkHouseholdResult household;
            if (n <= StackMembers)
            {
                household = Household(b, c, first + k, in hh, q, stack[..n], r);
            }
            else
            {
                var rented = ArrayPool<Member>.Shared.Rent(n);
                try
                {
                    household = Household(b, c, first + k, in hh, q, rented.AsSpan(0, n), r);
                }
                finally
                {
                    ArrayPool<Member>.Shared.Return(rented);
                }
            }

            if (withHouseholds)
            {
                households[first + k] = household;
            }
        }
    }

    /// <summary>One member's own verdicts and decision while its household is evaluated.</summary>
    private struct Member
    {
        public int Age;
        public Truth Adult;
        public Truth Deception;
        public Truth Conviction;
        public Truth Absconding;
        public Truth NoExclusion;
        public Truth Cooperation;
        public Outcome Outcome;
        public uint Bits;
    }

    /// <summary>
    /// Decides household <paramref name="h"/>: <paramref name="q"/> its members' packed facts, <paramref name="m"/>
    /// scratch space and <paramref name="results"/> its members' results (all sliced to the household).
    /// </summary>
    private static BulkHouseholdResult Household(HouseholdBatch b, CompiledRuleSet c, int h, ref readonly HouseholdFacts hh, ReadOnlySpan<PersonFacts> q, Span<Member> m, Span<BulkResult> results)
    {
        var first = hh.MemberStart;
        var n = m.Length;
        q = q[..n];
        results = results[..n];
        var decision = hh.DecisionDate;

        // Household-level elements (rules.md 5.1 steps 3, 4, 6, 7).
        var applicationDate = hh.ApplicationDate;
        var filed = hh.ApplicationFiled;
        var application = applicationDate != HouseholdBatch.NoDate && filed != Truth.False ? Truth.True : filed;

        if (hh.Withdrawn || application != Truth.True)
        {
            // Every member alike (Evaluator.Decide's first two steps); neither conversion, other titles nor the cap apply.
            var outcome = hh.Withdrawn ? Outcome.WithdrawnOrSettled : application == Truth.False ? Outcome.NoApplication : Outcome.Pending;
            var bits = hh.Withdrawn ? 0u : ElementBits.Application;
            var all = new BulkResult((byte)outcome, (byte)outcome, bits);
            results.Fill(all);
            return new BulkHouseholdResult(n > 0 ? outcome : Outcome.Mixed, new FailureMask(n > 0 ? bits : 0u));
        }

        var deadline = c.ApplicationDeadline == HouseholdBatch.NoDate || filed == Truth.False
            ? Truth.True
            : applicationDate == HouseholdBatch.NoDate ? Truth.Unknown : (applicationDate <= c.ApplicationDeadline).ToTruth();
        var housing = hh.CommunalShelter && c.CommunalShelterAccepted ? Truth.True : hh.HousingSufficient;

        var referenceCivil = c.ReferenceCivil;
        var ageOfMajority = c.AgeOfMajority;
        var deceptionLookback = c.Deception.HasLookback;
        var deceptionShift = 2 * c.Deception.Index;
        var abscondingIsGround = c.AbscondingIsGround;
        var dayFinesGeneral = c.DayFinesGeneral;
        var dayFinesForeignerOnly = c.DayFinesForeignerOnly;
        var convictionOverride = c.ConvictionOverride;
        var passportOnly = c.PassportMode == Options.PassportSubstituteMode.PassportOnly;

        // Household-level family and school elements, and the per-person exclusion grounds (steps 2, 4, 5, 6).
        var family = Truth.False;
        var school = Truth.True;
        var prognosis = Truth.True;
        int excludedFalse = 0, excludedUnknown = 0;
        for (var i = 0; i < q.Length; i++)
        {
            ref readonly var f = ref q[i];
            ref var x = ref m[i];
            var age = f.BirthCivil == CivilDate.None ? int.MinValue : CivilDate.CompletedYears(f.BirthCivil, referenceCivil);
            x.Age = age;
            if (f.Role != HouseholdRole.Child)
            {
                x.Adult = Truth.True;
            }
            else
            {
                var minor = age == int.MinValue ? Truth.Unknown : (age < ageOfMajority).ToTruth();
                x.Adult = minor.Not();
                family = family.Or(age == int.MinValue ? Truth.Unknown : (age >= c.MinChildAge && age < ageOfMajority).ToTruth());
                var schoolAge = IsSchoolAgeChild(minor, age, c.CompulsorySchoolAge);
                school = school.And(When(schoolAge, f.AttendsSchool));
                if (c.PrognosisRequired)
                {
                    prognosis = prognosis.And(When(schoolAge, f.PositiveSchoolPrognosis));
                }
            }

            x.Deception = deceptionLookback
                ? NoMisconduct(b, first + i, MisconductKind.Deception, c.Deception, decision)
                : (Truth)((f.NoDeception >> deceptionShift) & 3);

            Truth threshold;
            if (!f.ConvictionsKnown)
            {
                threshold = Truth.Unknown;
            }
            else if (f.BestPrison || f.BestGeneral > dayFinesGeneral || f.BestTotal > dayFinesForeignerOnly)
            {
                threshold = Truth.False;
            }
            else
            {
                var worstExceeds = f.WorstPrison || f.WorstGeneral > dayFinesGeneral || f.WorstTotal > dayFinesForeignerOnly;
                threshold = worstExceeds ? Truth.Unknown : Truth.True;
            }

            x.Conviction = FromMask(Mask(threshold) | (convictionOverride ? Mask(f.ExceptionalCircumstances) : 0));
            x.Absconding = abscondingIsGround ? f.NoAbsconding : Truth.True;
            var noExclusion = FromMask(Mask(x.Deception) & Mask(f.NoObstruction) & Mask(x.Conviction) & Mask(f.Extremism) & Mask(x.Absconding));
            x.NoExclusion = noExclusion;
            excludedFalse += noExclusion == Truth.False ? 1 : 0;
            excludedUnknown += noExclusion == Truth.Unknown ? 1 : 0;

            var breached = f.CooperationBreached;
            x.Cooperation = breached == Truth.False ? Truth.True
                : breached.Not().Or(passportOnly ? Truth.False : EffortsProven(b, c, first + i));
        }

        // Decisions (step 8), § 104a conversion (A31), other titles (A32), and the adults' best outcome for the cap.
        var livelihood = Truth.Unknown;
        var livelihoodDone = false;
        var statuteFamily = Truth.Unknown;
        var statuteDone = false;
        var bestRank = -1;
        var bestOrder = int.MaxValue;
        var bestOutcome = Outcome.Pending;
        uint bestBits = 0;
        for (var i = 0; i < q.Length; i++)
        {
            ref readonly var f = ref q[i];
            ref var x = ref m[i];
            var p = first + i;

            // Element 22: the other members' exclusion grounds, by Family.ExclusionScope (A19).
            var familyScope = Truth.True;
            if (c.ExclusionScope != Options.ExclusionScope.PersonOnly)
            {
                var othersFalse = excludedFalse - (x.NoExclusion == Truth.False ? 1 : 0);
                var othersUnknown = excludedUnknown - (x.NoExclusion == Truth.Unknown ? 1 : 0);
                familyScope = othersFalse > 0 ? Truth.False : othersUnknown > 0 ? Truth.Unknown : Truth.True;
                if (c.ExclusionScope == Options.ExclusionScope.WholeHouseholdExceptSpouseHardship && f.Role == HouseholdRole.Spouse && familyScope != Truth.True)
                {
                    familyScope = familyScope.Or(f.SpouseHardship);
                }
            }

            var adult = x.Adult;
            var minYears = When(adult, adult == Truth.False ? Truth.True : MinYears(b, in f, family, c.ReferenceDay, referenceCivil, c.MinYearsFamily, c.MinYearsOther, c.InterruptionToleranceDays));
            var language = When(adult, adult == Truth.False ? Truth.True : Language(c, in f));

            uint failed = 0, open = 0;
            Add(ref failed, ref open, f.Scope, ElementBits.Scope);
            Add(ref failed, ref open, deadline, ElementBits.ApplicationDeadline);
            Add(ref failed, ref open, minYears, ElementBits.MinYears);
            Add(ref failed, ref open, x.Deception, ElementBits.Deception);
            Add(ref failed, ref open, f.NoObstruction, ElementBits.Obstruction);
            Add(ref failed, ref open, x.Conviction, ElementBits.Conviction);
            Add(ref failed, ref open, f.Extremism, ElementBits.Extremism);
            Add(ref failed, ref open, x.Absconding, ElementBits.Absconding);
            Add(ref failed, ref open, familyScope, ElementBits.FamilyScope);
            Add(ref failed, ref open, housing, ElementBits.Housing);
            Add(ref failed, ref open, school, ElementBits.SchoolAttendance);
            Add(ref failed, ref open, prognosis, ElementBits.SchoolPrognosis);
            Add(ref failed, ref open, x.Cooperation, ElementBits.Cooperation);
            if (c.LanguageBlocks)
            {
                Add(ref failed, ref open, language, ElementBits.Language);
            }

            Outcome outcome;
            uint bits;
            if (failed != 0)
            {
                outcome = Outcome.Refusal;
                bits = failed;
            }
            else
            {
                // Open points: unknown hard conditions, a passport not yet presented, a language deficit with ExtendDuldung.
                if (f.ValidPassport != Truth.True && Passport(b, c, p) != Truth.True)
                {
                    open |= ElementBits.Passport;
                }

                if (!c.LanguageBlocks && c.LanguageExtendsDuldung && language != Truth.True)
                {
                    open |= ElementBits.Language;
                }

                if (open != 0)
                {
                    outcome = Outcome.Pending;
                    bits = open;
                }
                else
                {
                    if (!livelihoodDone)
                    {
                        livelihood = BulkLivelihood.Secured(b, c, in hh, h);
                        livelihoodDone = true;
                    }

                    if (livelihood == Truth.True)
                    {
                        outcome = Outcome.ResidencePermit;
                        bits = 0;
                    }
                    else if (livelihood == Truth.Unknown || decision == HouseholdBatch.NoDate)
                    {
                        outcome = Outcome.Pending;
                        bits = ElementBits.Livelihood;
                    }
                    else if (c.ExtensionAfterDeadline || decision <= c.WorkTakeUp)
                    {
                        outcome = Outcome.JobSearchDuldung;
                        bits = ElementBits.Livelihood;
                    }
                    else
                    {
                        outcome = Outcome.Refusal;
                        bits = ElementBits.Livelihood | ElementBits.WorkTakeUp;
                    }
                }
            }

            if (outcome is Outcome.Refusal or Outcome.JobSearchDuldung && c.ConvertTo104a && (bits & ~ElementBits.Convertible) == 0)
            {
                if (decision == HouseholdBatch.NoDate)
                {
                    outcome = Outcome.Pending;
                    bits = 0; // ground IMK.Transition.ToStatute lies outside the catalogue of checkable elements
                }
                else if (decision >= S104aElements.InForceDate.DayNumber)
                {
                    if (!statuteDone)
                    {
                        statuteFamily = StatuteFamily(c, q);
                        statuteDone = true;
                    }

                    var statuteAge = f.BirthCivil == CivilDate.None ? int.MinValue : CivilDate.CompletedYears(f.BirthCivil, StatuteReferenceCivil);
                    var statuteAdult = f.Role != HouseholdRole.Child ? Truth.True : statuteAge == int.MinValue ? Truth.Unknown : (statuteAge >= ageOfMajority).ToTruth();
                    var time = When(statuteAdult, statuteAdult == Truth.False ? Truth.True : MinYears(b, in f, statuteFamily, StatuteReferenceDay, StatuteReferenceCivil, 6, 8, c.InterruptionToleranceDays));

                    // Another hard condition still open (an unknown conviction) leaves the conversion open (Evaluator).
                    time = time.And((open & ~ElementBits.Convertible) != 0 ? Truth.Unknown : Truth.True);
                    if (time == Truth.True)
                    {
                        outcome = Outcome.StatutoryPermit104a;
                        bits = 0;
                    }
                    else if (time == Truth.Unknown)
                    {
                        outcome = Outcome.Pending;
                        bits = 0;
                    }
                }
            }

            if (outcome == Outcome.Refusal && c.OtherHumanitarianTitle && f.OtherTitleGranted)
            {
                outcome = Outcome.WithdrawnOrSettled;
            }

            x.Outcome = outcome;
            x.Bits = bits;

            // A minor child cannot obtain more than the best-placed adult (rules.md 5.2); tied adults' grounds are
            // merged and the outcome is that of the first tied adult by ordinal id (Evaluator.CapMinorsByParents).
            if (f.Role != HouseholdRole.Child)
            {
                var rank = Rank(outcome);
                if (rank > bestRank)
                {
                    bestRank = rank;
                    bestOrder = f.IdOrder;
                    bestOutcome = outcome;
                    bestBits = bits;
                }
                else if (rank == bestRank)
                {
                    bestBits |= bits;
                    if (f.IdOrder < bestOrder)
                    {
                        bestOrder = f.IdOrder;
                        bestOutcome = outcome;
                    }
                }
            }
        }

        var householdOutcome = Outcome.Mixed;
        var householdBits = 0u;
        for (var i = 0; i < m.Length; i++)
        {
            ref var x = ref m[i];
            if (bestRank >= 0 && q[i].Role == HouseholdRole.Child && Rank(x.Outcome) > bestRank)
            {
                x.Outcome = bestOutcome;
                x.Bits = bestBits;
            }

            householdBits |= x.Bits;
            householdOutcome = i == 0 ? x.Outcome : x.Outcome != householdOutcome ? Outcome.Mixed : householdOutcome;
        }

        for (var i = 0; i < m.Length; i++)
        {
            results[i] = new BulkResult((byte)m[i].Outcome, (byte)householdOutcome, m[i].Bits);
        }

        return new BulkHouseholdResult(householdOutcome, new FailureMask(householdBits));
    }

    /// <summary>
    /// Files an element's verdict: False under the failed bits, Unknown under the open ones. Arithmetic rather than
    /// comparisons: the JIT turned <c>result == Truth.False ? bit : 0</c> into two branches per element (28 per
    /// member), which mispredict on mixed populations (167 → 130 ns per household). With False 0, Unknown 1,
    /// True 2: <c>(v - 1) &gt;&gt; 31</c> is all ones exactly for False, and <c>-(v &amp; 1)</c> exactly for Unknown.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ref uint failed, ref uint open, Truth result, uint bit)
    {
        var v = (int)result;
        failed |= bit & (uint)((v - 1) >> 31);
        open |= bit & (uint)-(v & 1);
    }

    /// <summary>Element 6 as § 104a reads it [background]: any minor child (no minimum age), ages on 1.7.2007.</summary>
    private static Truth StatuteFamily(CompiledRuleSet c, ReadOnlySpan<PersonFacts> q)
    {
        var family = Truth.False;
        foreach (ref readonly var f in q)
        {
            if (f.Role == HouseholdRole.Child)
            {
                var age = f.BirthCivil == CivilDate.None ? int.MinValue : CivilDate.CompletedYears(f.BirthCivil, StatuteReferenceCivil);
                family = family.Or(age == int.MinValue ? Truth.Unknown : (age >= 0 && age < c.AgeOfMajority).ToTruth());
            }
        }

        return family;
    }

    /// <summary>Evaluator.Rank: permit &gt; § 104a permit &gt; Duldung &gt; pending &gt; the rest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Rank(Outcome outcome) => (uint)outcome < (uint)Ranks.Length ? Ranks[(int)outcome] : 0;

    /// <summary>The ranks by <see cref="Outcome"/> value (a table instead of a switch: the call was not inlined).</summary>
    private static ReadOnlySpan<byte> Ranks => [
        4, // ResidencePermit
        2, // JobSearchDuldung
        3, // StatutoryPermit104a
        0, // Refusal
        1, // Pending
        0, // WithdrawnOrSettled
        0, // NoApplication
        0, // Mixed
    ];
}
