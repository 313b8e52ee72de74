using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes;

namespace Bleiberecht.Rules.Benchmarks;

/// <summary>The element verdicts of one flat person (0 = false, 1 = unknown, 2 = true), in <see cref="ImkElements.Checkable"/> order.</summary>
public struct FlatElements
{
    public byte Application, Scope, Deadline, MinYears, Deception, Obstruction, Conviction, Extremism, Absconding;
    public byte FamilyScope, Housing, Language, School, Prognosis, Passport, Cooperation, Livelihood;
}

/// <summary>
/// The IMK base rule's decision over flat rows, written by hand as straight-line code (benchmark (d), the
/// practical limit), and the decision step shared with the RulesEngine workflow (c) once its rules have run.
/// </summary>
public static class FlatDecision
{
    public static readonly int ApplicationDeadline = ImkOptions.Base.Deadline.Application!.Value.DayNumber;
    public static readonly int WorkTakeUp = ImkOptions.Base.Deadline.WorkTakeUp.DayNumber;

    private static uint Bit(int i) => 1u << i;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte Min(byte a, byte b) => a < b ? a : b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte When(byte applies, byte requirement) => applies == 0 ? (byte)2 : applies == 2 ? requirement : requirement == 2 ? (byte)2 : (byte)1;

    /// <summary>The element verdicts of a flat row, straight-line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FlatElements Elements(in FlatPerson p)
    {
        FlatElements e;
        e.Application = p.HasApplicationDate && p.ApplicationFiled != 0 ? (byte)2 : p.ApplicationFiled;
        e.Scope = Min(p.Tolerated, p.Obliged);
        e.Deadline = p.ApplicationFiled == 0 ? (byte)2 : !p.HasApplicationDate ? (byte)1 : p.ApplicationDay <= ApplicationDeadline ? (byte)2 : (byte)0;
        byte years = !p.EntryKnown ? (byte)1
            : p.Family == 2 ? (p.MetSix ? (byte)2 : (byte)0)
            : p.Family == 0 ? (p.MetEight ? (byte)2 : (byte)0)
            : p.MetEight ? (byte)2 : p.MetSix ? (byte)1 : (byte)0;
        if (years == 2 && !p.GapsKnown)
        {
            years = 1;
        }

        e.MinYears = When(p.Adult, years);
        e.Deception = p.MisconductKnown ? (byte)(2 - p.DeceptionAny) : (byte)1;
        e.Obstruction = p.MisconductKnown ? (byte)(2 - p.ObstructionAny) : (byte)1;
        e.Conviction = !p.ConvictionsKnown ? (byte)1 : p.BestExceeds ? (byte)0 : p.WorstExceeds ? (byte)1 : (byte)2;
        e.Extremism = (byte)(2 - p.ExtremismLinks);
        e.Absconding = !p.MisconductKnown ? (byte)1 : p.AbscondingAny ? (byte)0 : (byte)2;
        e.FamilyScope = p.OthersNoExclusion;
        e.Housing = p.Housing;
        e.Language = When(p.Adult, p.GermanLevel < 0 ? (byte)1 : p.GermanLevel < 2 ? (byte)0 : (byte)2);
        e.School = p.School;
        e.Prognosis = p.Prognosis;
        e.Passport = p.ValidPassport;
        e.Cooperation = (byte)(2 - p.CooperationBreached);
        e.Livelihood = p.Livelihood;
        return e;
    }

    /// <summary>Outcome and grounds (Evaluator.Decide under the base rule).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Outcome Outcome, uint Bits) Decide(in FlatElements e, bool withdrawn, int decisionDay)
    {
        if (withdrawn)
        {
            return (Outcome.WithdrawnOrSettled, 0);
        }

        if (e.Application != 2)
        {
            return (e.Application == 0 ? Outcome.NoApplication : Outcome.Pending, Bit(1));
        }

        // Branch-free filing, as in BulkEvaluator.Add (the branching form mispredicts on mixed populations):
        // (v - 1) >> 31 is all ones exactly for 0 (false), -(v & 1) exactly for 1 (unknown).
        uint failed = 0, open = 0;
        void Add(byte v, int bit)
        {
            failed |= (1u << bit) & (uint)((v - 1) >> 31);
            open |= (1u << bit) & (uint)-(v & 1);
        }

        Add(e.Scope, 0);
        Add(e.Deadline, 2);
        Add(e.MinYears, 3);
        Add(e.Deception, 4);
        Add(e.Obstruction, 5);
        Add(e.Conviction, 6);
        Add(e.Extremism, 7);
        Add(e.Absconding, 8);
        Add(e.FamilyScope, 9);
        Add(e.Housing, 10);
        Add(e.Language, 11);
        Add(e.School, 12);
        Add(e.Prognosis, 13);
        Add(e.Cooperation, 15);
        if (failed != 0)
        {
            return (Outcome.Refusal, failed);
        }

        if (e.Passport != 2)
        {
            open |= Bit(14);
        }

        if (open != 0)
        {
            return (Outcome.Pending, open);
        }

        if (e.Livelihood == 2)
        {
            return (Outcome.ResidencePermit, 0);
        }

        if (e.Livelihood == 1 || decisionDay < 0)
        {
            return (Outcome.Pending, Bit(16));
        }

        return decisionDay <= WorkTakeUp ? (Outcome.JobSearchDuldung, Bit(16)) : (Outcome.Refusal, Bit(16) | Bit(17));
    }

    /// <summary>Minors capped by the best adult (Evaluator.CapMinorsByParents), over one household's rows.</summary>
    public static void Cap(ReadOnlySpan<FlatPerson> rows, Span<BulkResult> results)
    {
        int bestRank = -1, bestOrder = int.MaxValue;
        byte bestOutcome = 0;
        uint bestBits = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].IsChild)
            {
                continue;
            }

            var rank = Rank(results[i].Outcome);
            if (rank > bestRank)
            {
                (bestRank, bestOrder, bestOutcome, bestBits) = (rank, rows[i].IdOrder, (byte)results[i].Outcome, results[i].Failures.Bits);
            }
            else if (rank == bestRank)
            {
                bestBits |= results[i].Failures.Bits;
                if (rows[i].IdOrder < bestOrder)
                {
                    (bestOrder, bestOutcome) = (rows[i].IdOrder, (byte)results[i].Outcome);
                }
            }
        }

        // A child of unknown age (Adult == Unknown) may be of age: it would keep its own outcome and could lift or
        // impose the cap, so a minor whose outcome that would change is pending (DecisionProcedure.OpenCaps).
        var anyAgeUnknown = false;
        for (var i = 0; i < rows.Length; i++)
        {
            anyAgeUnknown |= rows[i].IsChild && rows[i].Adult == (byte)Truth.Unknown;
        }

        Span<BulkResult> own = anyAgeUnknown ? stackalloc BulkResult[rows.Length] : default;
        results.Slice(0, own.Length).CopyTo(own);
        for (var i = 0; i < rows.Length; i++)
        {
            if (bestRank >= 0 && rows[i].IsChild && Rank(results[i].Outcome) > bestRank)
            {
                results[i] = new BulkResult((Outcome)bestOutcome, Outcome.Mixed, new FailureMask(bestBits));
            }
        }

        for (var i = 0; anyAgeUnknown && i < rows.Length; i++)
        {
            if (!rows[i].IsChild || results[i].Outcome == Outcome.Pending)
            {
                continue;
            }

            var open = rows[i].Adult == (byte)Truth.Unknown && own[i].Outcome != results[i].Outcome;
            for (var u = 0; u < rows.Length && !open; u++)
            {
                if (u == i || !rows[u].IsChild || rows[u].Adult != (byte)Truth.Unknown)
                {
                    continue;
                }

                var lifts = bestRank >= 0 && Rank(own[i].Outcome) > bestRank && (own[u].Outcome == Outcome.Pending || Rank(own[u].Outcome) > bestRank);
                var imposes = bestRank < 0 && (own[u].Outcome == Outcome.Pending || Rank(own[u].Outcome) < Rank(own[i].Outcome));
                open = lifts || imposes;
            }

            if (open)
            {
                results[i] = new BulkResult(Outcome.Pending, Outcome.Mixed, own[i].Outcome == Outcome.Pending ? own[i].Failures : default);
            }
        }

        byte household = rows.Length > 0 ? (byte)results[0].Outcome : (byte)Outcome.Mixed;
        for (var i = 0; i < rows.Length; i++)
        {
            if ((byte)results[i].Outcome != household)
            {
                household = (byte)Outcome.Mixed;
            }
        }

        for (var i = 0; i < rows.Length; i++)
        {
            results[i] = new BulkResult(results[i].Outcome, (Outcome)household, results[i].Failures);
        }
    }

    private static int Rank(Outcome outcome) => outcome switch
    {
        Outcome.ResidencePermit => 4,
        Outcome.StatutoryPermit104a => 3,
        Outcome.JobSearchDuldung => 2,
        Outcome.Pending => 1,
        _ => 0,
    };

    /// <summary>Benchmark (d): the whole population, straight-line, over a struct array.</summary>
    public static void RunHandWritten(FlatPerson[] rows, int[] householdStart, BulkResult[] results)
    {
        for (var h = 0; h < householdStart.Length - 1; h++)
        {
            var first = householdStart[h];
            var end = householdStart[h + 1];
            for (var i = first; i < end; i++)
            {
                ref readonly var p = ref rows[i];
                var e = Elements(p);
                var (outcome, bits) = Decide(e, p.Withdrawn, p.DecisionDay);
                results[i] = new BulkResult(outcome, Outcome.Mixed, new FailureMask(bits));
            }

            Cap(rows.AsSpan(first, end - first), results.AsSpan(first, end - first));
        }
    }
}
