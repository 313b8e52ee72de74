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
        for (var h = first; h < first + count; h++)
        {
            var n = b.MemberStart[h + 1] - b.MemberStart[h];
            if (n <= StackMembers)
            {
                Household(b, c, h, stack[..n], results, households);
                continue;
            }

            var rented = ArrayPool<Member>.Shared.Rent(n);
            try
            {
                Household(b, c, h, rented.AsSpan(0, n), results, households);
            }
            finally
            {
                ArrayPool<Member>.Shared.Return(rented);
            }
        }
    }

    /// <summary>One member's own verdicts and decision while its household is evaluated.</summary>
    private struct Member
    {
        public int Age;
        public Truth Adult;
        public Truth Scope;
        public Truth MinYears;
        public Truth Deception;
        public Truth Obstruction;
        public Truth Conviction;
        public Truth Extremism;
        public Truth Absconding;
        public Truth NoExclusion;
        public Truth Language;
        public Truth Passport;
        public Truth Cooperation;
        public Outcome Outcome;
        public uint Bits;
    }

    private static void Household(HouseholdBatch b, CompiledRuleSet c, int h, Span<Member> m, Span<BulkResult> results, Span<BulkHouseholdResult> households)
    {
        var first = b.MemberStart[h];
        var n = m.Length;
        var decision = b.DecisionDate[h];

        // Household-level elements (rules.md 5.1 steps 3, 4, 6, 7).
        var applicationDate = b.ApplicationDate[h];
        var filed = b.ApplicationFiled[h];
        var application = applicationDate != HouseholdBatch.NoDate && filed != Truth.False ? Truth.True : filed;
        var deadline = c.ApplicationDeadline == HouseholdBatch.NoDate || filed == Truth.False
            ? Truth.True
            : applicationDate == HouseholdBatch.NoDate ? Truth.Unknown : (applicationDate <= c.ApplicationDeadline).ToTruth();
        var housing = b.CommunalShelter[h] && c.CommunalShelterAccepted ? Truth.True : b.HousingSufficient[h];

        var family = Truth.False;
        var school = Truth.True;
        var prognosis = Truth.True;
        for (var i = 0; i < n; i++)
        {
            var p = first + i;
            var age = Age(b, p, c.ReferenceCivil);
            var minor = IsMinorChild(b, p, age, c.AgeOfMajority);
            m[i].Age = age;
            m[i].Adult = minor.Not();
            if (b.Role[p] != HouseholdRole.Child)
            {
                continue;
            }

            family = family.Or(age == int.MinValue ? Truth.Unknown : (age >= c.MinChildAge && age < c.AgeOfMajority).ToTruth());
            var schoolAge = IsSchoolAgeChild(minor, age, c.CompulsorySchoolAge);
            school = school.And(When(schoolAge, b.AttendsSchool[p]));
            if (c.PrognosisRequired)
            {
                prognosis = prognosis.And(When(schoolAge, b.PositiveSchoolPrognosis[p]));
            }
        }

        // Per-person elements (steps 2, 4, 5, 6).
        for (var i = 0; i < n; i++)
        {
            var p = first + i;
            ref var x = ref m[i];
            x.Scope = b.ScopeVerdict[p];
            x.MinYears = When(x.Adult, x.Adult == Truth.False ? Truth.True : MinYears(b, p, family, c.ReferenceDay, c.ReferenceCivil, c.MinYearsFamily, c.MinYearsOther, c.InterruptionToleranceDays));
            x.Deception = Deception(b, c, p, decision);
            x.Obstruction = b.NoObstruction[p];
            x.Conviction = Conviction(b, c, p);
            x.Extremism = b.ExtremismVerdict[p];
            x.Absconding = Absconding(b, c, p);
            x.NoExclusion = x.Deception.And(x.Obstruction).And(x.Conviction).And(x.Extremism).And(x.Absconding);
            x.Language = When(x.Adult, x.Adult == Truth.False ? Truth.True : Language(b, c, p));
            x.Passport = Passport(b, c, p);
            x.Cooperation = Cooperation(b, c, p);
        }

        // Decisions (step 8), § 104a conversion (A31), other titles (A32).
        var livelihood = Truth.Unknown;
        var livelihoodDone = false;
        var statuteFamily = Truth.Unknown;
        var statuteDone = false;
        for (var i = 0; i < n; i++)
        {
            var p = first + i;
            ref var x = ref m[i];
            Decide(b, c, h, m, i, application, deadline, housing, school, prognosis, ref livelihood, ref livelihoodDone);

            if (x.Outcome is Outcome.Refusal or Outcome.JobSearchDuldung && c.ConvertTo104a && (x.Bits & ~ElementBits.Convertible) == 0)
            {
                if (decision == HouseholdBatch.NoDate)
                {
                    x.Outcome = Outcome.Pending;
                    x.Bits = 0; // ground IMK.Transition.ToStatute lies outside the catalogue of checkable elements
                }
                else if (decision >= S104aElements.InForceDate.DayNumber)
                {
                    if (!statuteDone)
                    {
                        statuteFamily = StatuteFamily(b, c, first, n);
                        statuteDone = true;
                    }

                    var age = Age(b, p, StatuteReferenceCivil);
                    var adult = IsMinorChild(b, p, age, c.AgeOfMajority).Not();
                    var time = When(adult, adult == Truth.False ? Truth.True : MinYears(b, p, statuteFamily, StatuteReferenceDay, StatuteReferenceCivil, 6, 8, c.InterruptionToleranceDays));
                    if (time == Truth.True)
                    {
                        x.Outcome = Outcome.StatutoryPermit104a;
                        x.Bits = 0;
                    }
                    else if (time == Truth.Unknown)
                    {
                        x.Outcome = Outcome.Pending;
                        x.Bits = 0;
                    }
                }
            }

            if (x.Outcome == Outcome.Refusal && c.OtherHumanitarianTitle && b.OtherTitleGranted[p])
            {
                x.Outcome = Outcome.WithdrawnOrSettled;
            }
        }

        CapMinorsByParents(b, first, m);

        var householdOutcome = n > 0 ? m[0].Outcome : Outcome.Mixed;
        var householdBits = 0u;
        for (var i = 0; i < n; i++)
        {
            householdBits |= m[i].Bits;
            if (m[i].Outcome != householdOutcome)
            {
                householdOutcome = Outcome.Mixed;
            }
        }

        for (var i = 0; i < n; i++)
        {
            results[first + i] = new BulkResult((byte)m[i].Outcome, (byte)householdOutcome, m[i].Bits);
        }

        if (!households.IsEmpty)
        {
            households[h] = new BulkHouseholdResult(householdOutcome, new FailureMask(householdBits));
        }
    }

    /// <summary>Outcome and grounds of member <paramref name="i"/> (Evaluator.Decide).</summary>
    private static void Decide(
        HouseholdBatch b,
        CompiledRuleSet c,
        int h,
        Span<Member> m,
        int i,
        Truth application,
        Truth deadline,
        Truth housing,
        Truth school,
        Truth prognosis,
        ref Truth livelihood,
        ref bool livelihoodDone)
    {
        ref var x = ref m[i];
        if (b.Withdrawn[h])
        {
            x.Outcome = Outcome.WithdrawnOrSettled;
            x.Bits = 0;
            return;
        }

        if (application != Truth.True)
        {
            x.Outcome = application == Truth.False ? Outcome.NoApplication : Outcome.Pending;
            x.Bits = ElementBits.Application;
            return;
        }

        // Element 22: the other members' exclusion grounds, by Family.ExclusionScope (A19).
        var familyScope = Truth.True;
        if (c.ExclusionScope != Options.ExclusionScope.PersonOnly)
        {
            for (var j = 0; j < m.Length; j++)
            {
                if (j != i)
                {
                    familyScope = familyScope.And(m[j].NoExclusion);
                }
            }

            var p = b.MemberStart[h] + i;
            if (c.ExclusionScope == Options.ExclusionScope.WholeHouseholdExceptSpouseHardship && b.Role[p] == HouseholdRole.Spouse && familyScope != Truth.True)
            {
                familyScope = familyScope.Or(b.SpouseHardship[p]);
            }
        }

        uint failed = 0, open = 0;
        Add(ref failed, ref open, x.Scope, ElementBits.Scope);
        Add(ref failed, ref open, deadline, ElementBits.ApplicationDeadline);
        Add(ref failed, ref open, x.MinYears, ElementBits.MinYears);
        Add(ref failed, ref open, x.Deception, ElementBits.Deception);
        Add(ref failed, ref open, x.Obstruction, ElementBits.Obstruction);
        Add(ref failed, ref open, x.Conviction, ElementBits.Conviction);
        Add(ref failed, ref open, x.Extremism, ElementBits.Extremism);
        Add(ref failed, ref open, x.Absconding, ElementBits.Absconding);
        Add(ref failed, ref open, familyScope, ElementBits.FamilyScope);
        Add(ref failed, ref open, housing, ElementBits.Housing);
        Add(ref failed, ref open, school, ElementBits.SchoolAttendance);
        Add(ref failed, ref open, prognosis, ElementBits.SchoolPrognosis);
        Add(ref failed, ref open, x.Cooperation, ElementBits.Cooperation);
        if (c.LanguageBlocks)
        {
            Add(ref failed, ref open, x.Language, ElementBits.Language);
        }

        if (failed != 0)
        {
            x.Outcome = Outcome.Refusal;
            x.Bits = failed;
            return;
        }

        // Open points: unknown hard conditions, a passport not yet presented, a language deficit with ExtendDuldung.
        if (x.Passport != Truth.True)
        {
            open |= ElementBits.Passport;
        }

        if (!c.LanguageBlocks && c.LanguageExtendsDuldung && x.Language != Truth.True)
        {
            open |= ElementBits.Language;
        }

        if (open != 0)
        {
            x.Outcome = Outcome.Pending;
            x.Bits = open;
            return;
        }

        if (!livelihoodDone)
        {
            livelihood = BulkLivelihood.Secured(b, c, h);
            livelihoodDone = true;
        }

        var decision = b.DecisionDate[h];
        if (livelihood == Truth.True)
        {
            x.Outcome = Outcome.ResidencePermit;
            x.Bits = 0;
        }
        else if (livelihood == Truth.Unknown || decision == HouseholdBatch.NoDate)
        {
            x.Outcome = Outcome.Pending;
            x.Bits = ElementBits.Livelihood;
        }
        else if (c.ExtensionAfterDeadline || decision <= c.WorkTakeUp)
        {
            x.Outcome = Outcome.JobSearchDuldung;
            x.Bits = ElementBits.Livelihood;
        }
        else
        {
            x.Outcome = Outcome.Refusal;
            x.Bits = ElementBits.Livelihood | ElementBits.WorkTakeUp;
        }
    }

    /// <summary>Files an element's verdict: False under the failed bits, Unknown under the open ones (compiles to conditional moves).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ref uint failed, ref uint open, Truth result, uint bit)
    {
        failed |= result == Truth.False ? bit : 0u;
        open |= result == Truth.Unknown ? bit : 0u;
    }

    /// <summary>Element 6 as § 104a reads it [background]: any minor child (no minimum age), ages on 1.7.2007.</summary>
    private static Truth StatuteFamily(HouseholdBatch b, CompiledRuleSet c, int first, int n)
    {
        var family = Truth.False;
        for (var p = first; p < first + n; p++)
        {
            if (b.Role[p] == HouseholdRole.Child)
            {
                var age = Age(b, p, StatuteReferenceCivil);
                family = family.Or(age == int.MinValue ? Truth.Unknown : (age >= 0 && age < c.AgeOfMajority).ToTruth());
            }
        }

        return family;
    }

    /// <summary>
    /// A minor child cannot obtain more than the best-placed adult (rules.md 5.2); tied adults' grounds are merged
    /// and the outcome is that of the first tied adult by ordinal id (Evaluator.CapMinorsByParents).
    /// </summary>
    private static void CapMinorsByParents(HouseholdBatch b, int first, Span<Member> m)
    {
        var bestRank = -1;
        var bestOrder = int.MaxValue;
        var bestOutcome = Outcome.Pending;
        uint bestBits = 0;
        for (var i = 0; i < m.Length; i++)
        {
            if (b.Role[first + i] == HouseholdRole.Child)
            {
                continue;
            }

            var rank = Rank(m[i].Outcome);
            var order = b.IdOrder[first + i];
            if (rank > bestRank)
            {
                bestRank = rank;
                bestOrder = order;
                bestOutcome = m[i].Outcome;
                bestBits = m[i].Bits;
            }
            else if (rank == bestRank)
            {
                bestBits |= m[i].Bits;
                if (order < bestOrder)
                {
                    bestOrder = order;
                    bestOutcome = m[i].Outcome;
                }
            }
        }

        if (bestRank < 0)
        {
            return;
        }

        for (var i = 0; i < m.Length; i++)
        {
            if (b.Role[first + i] == HouseholdRole.Child && Rank(m[i].Outcome) > bestRank)
            {
                m[i].Outcome = bestOutcome;
                m[i].Bits = bestBits;
            }
        }
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
