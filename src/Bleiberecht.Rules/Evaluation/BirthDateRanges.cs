using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Regimes.S104a;
using Bleiberecht.Rules.Serialization;

namespace Bleiberecht.Rules.Evaluation;

/// <summary>
/// A birth date known only as a range (<see cref="Person.BirthDateRange"/>, ADR 0013). Age decides a dozen elements
/// in different directions (adult or child requirements, family, school age, § 104b's 14 years, 65+), so the outcome
/// is not monotone in the birth date and judging the two ends would not do. The rules read the birth date only as the
/// completed age on a few reference dates, so the outcome is constant between the days on which one of those ages
/// changes: the household is decided once per such stretch (<see cref="Candidates"/>), and a definite outcome stands
/// only where every decision agrees on every member's outcome; otherwise the birth date is treated as unknown (the
/// engine's Unknown), asking for <c>$.members[i].birthDate</c> where member i's day changes the outcome
/// (<see cref="Matters{TSummary}"/>) and for what the days themselves ask (<see cref="BirthDateRangeDecision"/>).
/// The explain path (<see cref="Evaluator"/>) and
/// the bulk path (<see cref="Bulk.BulkEvaluator"/>) both run this wrapper around their own household decision, so
/// they agree wherever they agree on exact birth dates.
/// </summary>
/// <remarks>
/// Bound: per ranged member at most 2 + 2·|R|·|A| candidate days: |R| ≤ 7 reference dates (17.11.2006, 1.7.2007,
/// 31.12.2009, the rule set's and its § 104a fallback's reference date, the decision date, the member's entry date),
/// |A| the ages compared with (at most 11 under the built-in regimes: 0, 14, 18 and four options of the rule set
/// and of its § 104a fallback; 101 under a regime with user-defined elements) — at most 156 (1,416); a narrow range
/// ("born 1989 or 1990") has a few dozen at most. Several ranged members multiply; above <see cref="MaxDecisions"/> decisions
/// the birth dates are treated as unknown without deciding the candidates.
/// </remarks>
internal static class BirthDateRanges
{
    /// <summary>Most household decisions one household's ranges may take; beyond it the birth dates are unknown.</summary>
    internal const int MaxDecisions = 2048;

    /// <summary>Under a regime with user-defined elements (which may read any age) every completed age from 0 to this is tried (older ages are taken to be read alike).</summary>
    internal const int MaxAgeSweptForUserElements = 100;

    /// <summary>True if a member's birth date is known only as a range (an exact birth date wins).</summary>
    internal static bool Any(Household household)
    {
        foreach (var p in household.Members)
        {
            if (p is { BirthDate: null, BirthDateRange: not null })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The result of deciding a household with birth-date ranges.</summary>
    /// <param name="Decision">The agreed decision (of the first candidate), or the decision with the ranged birth dates unknown.</param>
    /// <param name="Agreed">Every candidate gave every member the same outcome.</param>
    /// <param name="Decisions">Household decisions taken (0 when the bound was exceeded or a range is empty).</param>
    /// <param name="Ranged">Indexes of the members whose birth date is a range.</param>
    /// <param name="Candidates">Per ranged member (in the order of <paramref name="Ranged"/>), its candidate days; empty lists when the bound was exceeded.</param>
    /// <param name="Summaries">
    /// With <c>all</c>: one summary per combination of candidate days, the first ranged member's day varying fastest
    /// (<see cref="Combination"/>); otherwise (or when the bound was exceeded) empty.
    /// </param>
    internal readonly record struct Resolution<T, TSummary>(T Decision, bool Agreed, int Decisions, IReadOnlyList<int> Ranged, IReadOnlyList<DateOnly[]> Candidates, IReadOnlyList<TSummary> Summaries);

    /// <summary>
    /// Decides <paramref name="household"/> once per combination of the ranged members' candidate birth dates with
    /// <paramref name="decide"/> and compares the decisions' <paramref name="summarize"/>d forms with
    /// <paramref name="same"/> (the same outcome for the household and every member). Without <paramref name="all"/>
    /// it stops at the first decision that differs from the first one (the bulk path needs no more); with it every
    /// combination is decided and its summary kept (the explain path's questions and per-day outcomes, ADR 0013
    /// item 6).
    /// </summary>
    internal static Resolution<T, TSummary> Resolve<T, TSummary>(Household household, RuleSet ruleSet, Func<Household, T> decide, Func<T, TSummary> summarize, Func<TSummary, TSummary, bool> same, bool all)
    {
        var ranged = new List<int>();
        var dates = new List<DateOnly[]>();
        long product = 1;
        for (var i = 0; i < household.Members.Count; i++)
        {
            if (household.Members[i] is { BirthDate: null, BirthDateRange: { } range } p)
            {
                var candidates = Candidates(household, p, range, ruleSet);
                ranged.Add(i);
                dates.Add(candidates);
                // Saturates once beyond the bound (or on an empty range), so the product never wraps around: each
                // factor is at most a few thousand and the running product at most MaxDecisions before it.
                product = candidates.Length == 0 || product > MaxDecisions ? long.MaxValue : product * candidates.Length;
            }
        }

        if (product > MaxDecisions)
        {
            return new(decide(Unknown(household, ranged)), false, 0, ranged, [.. ranged.Select(_ => Array.Empty<DateOnly>())], []);
        }

        var index = new int[ranged.Count];
        var first = decide(With(household, ranged, dates, index));
        var firstSummary = summarize(first);
        var summaries = new List<TSummary> { firstSummary };
        var agreed = true;
        while (Next(index, dates))
        {
            var s = summarize(decide(With(household, ranged, dates, index)));
            summaries.Add(s);
            if (agreed && !same(firstSummary, s))
            {
                agreed = false;
                if (!all)
                {
                    break;
                }
            }
        }

        return agreed
            ? new(first, true, summaries.Count, ranged, dates, all ? summaries : [])
            : new(decide(Unknown(household, ranged)), false, summaries.Count, ranged, dates, all ? summaries : []);
    }

    /// <summary>The candidate-day indexes (one per ranged member) of combination number <paramref name="n"/>, the first member's varying fastest.</summary>
    internal static int[] Combination(IReadOnlyList<DateOnly[]> candidates, int n)
    {
        var index = new int[candidates.Count];
        for (var j = 0; j < candidates.Count; j++)
        {
            index[j] = n % candidates[j].Length;
            n /= candidates[j].Length;
        }

        return index;
    }

    /// <summary>
    /// For each ranged member j, whether its birth date matters for <paramref name="same"/>: two combinations that
    /// differ only in j's day compare unequal. Only such a member's exact birth date can change the outcome with the
    /// other members' days held; if none matters, every combination is the same (each differs from the first along
    /// one member at a time).
    /// </summary>
    internal static bool[] Matters<TSummary>(IReadOnlyList<DateOnly[]> candidates, IReadOnlyList<TSummary> summaries, Func<TSummary, TSummary, bool> same)
    {
        var matters = new bool[candidates.Count];
        var stride = new int[candidates.Count];
        for (int j = 0, s = 1; j < candidates.Count; s *= candidates[j].Length, j++)
        {
            stride[j] = s;
        }

        for (var n = 0; n < summaries.Count; n++)
        {
            var index = Combination(candidates, n);
            for (var j = 0; j < candidates.Count; j++)
            {
                // Compared with the combination whose j-th day is the first candidate and the others as here.
                if (!matters[j] && index[j] > 0 && !same(summaries[n - (index[j] * stride[j])], summaries[n]))
                {
                    matters[j] = true;
                }
            }
        }

        return matters;
    }

    /// <summary>
    /// The last day of the stretch of candidate <paramref name="k"/> of a member (<see cref="Candidates"/>): the day
    /// before the next candidate, or the (clipped) range's end. Every day of the stretch is decided as the candidate:
    /// both the last day of an age and the first day of the next are candidates, so no age comparison changes inside.
    /// </summary>
    internal static DateOnly StretchEnd(DateOnly[] candidates, int k) => k + 1 < candidates.Length ? candidates[k + 1].AddDays(-1) : candidates[k];

    /// <summary>
    /// The candidate birth dates of <paramref name="p"/>, ascending: the range's ends and, for every reference date R
    /// and every age k the rules compare with, the last birth date with a completed age of at least k on R and the
    /// day after (where the age on R drops to k − 1), within the range. Between two neighbouring candidates no
    /// comparison of an age on any R changes. The range is clipped to the entry date (nobody enters before birth; the
    /// validator refuses an exact one). Empty if nothing is left.
    /// </summary>
    internal static DateOnly[] Candidates(Household household, Person p, DateRange range, RuleSet ruleSet)
    {
        var lo = range.From ?? InputLimits.EarliestDate;
        var hi = range.To ?? InputLimits.LatestDate;
        if (p.EntryDate is { } entry && entry < hi)
        {
            hi = entry;
        }

        if (lo > hi)
        {
            return [];
        }

        var (references, ages) = References(household, p, ruleSet);
        var result = new SortedSet<DateOnly> { lo, hi };
        foreach (var r in references)
        {
            foreach (var k in ages)
            {
                if (r.Year - k <= DateOnly.MinValue.Year + 1)
                {
                    continue;
                }

                var b = LastBornWithAge(r, k);
                if (b >= lo && b <= hi)
                {
                    result.Add(b);
                }

                if (b < DateOnly.MaxValue && b.AddDays(1) is var next && next >= lo && next <= hi)
                {
                    result.Add(next);
                }
            }
        }

        return [.. result];
    }

    /// <summary>The last birth date with a completed age of at least <paramref name="k"/> on <paramref name="r"/> (29 February handled as <see cref="LegalTime.AgeOn"/>).</summary>
    private static DateOnly LastBornWithAge(DateOnly r, int k)
    {
        var b = r.AddYears(-k);
        while (LegalTime.AgeOn(b, r) < k)
        {
            b = b.AddDays(-1);
        }

        while (LegalTime.AgeOn(b.AddDays(1), r) >= k)
        {
            b = b.AddDays(1);
        }

        return b;
    }

    /// <summary>
    /// The reference dates the rules read ages on, and the ages they compare with: under the built-in regimes (whose
    /// elements read the age only through these options and the statute's constants) 0 (born after the day),
    /// the family's minimum child age (A01), majority, school age, the 65 of exception group (e) and Abs. 6, and
    /// § 104b's 14; under a regime with user-defined elements every age from 0 to <see cref="MaxAgeSweptForUserElements"/>.
    /// </summary>
    private static (List<DateOnly> References, SortedSet<int> Ages) References(Household household, Person p, RuleSet ruleSet)
    {
        var own = ruleSet.OptionsOn(household.DecisionDate);
        var statute = ruleSet.Under(ruleSet.Regime.Fallback ?? Regime.S104a).OptionsOn(household.DecisionDate);
        var references = new List<DateOnly>
        {
            ImkOptions.Base.Residence.ReferenceDate,  // 17.11.2006, the IMK resolution
            S104aParameters.ReferenceDate,            // 1.7.2007, § 104a Abs. 1 S. 1, Abs. 2, § 104b
            S104aParameters.ValidUntil,               // 31.12.2009, the extension's age of 65 (Abs. 6)
            own.Residence.ReferenceDate,
            statute.Residence.ReferenceDate,
        };
        if (household.DecisionDate is { } decision)
        {
            references.Add(decision);                 // school age is judged on the decision date
        }

        if (p.EntryDate is { } entry)
        {
            references.Add(entry);                    // § 104a Abs. 2 S. 1: entered as a minor
        }

        var ages = new SortedSet<int> { 0, S104aParameters.ChildStayingAge, S104aParameters.AgeOfMajority };
        foreach (var o in (ReadOnlySpan<ImkOptions>)[own, statute])
        {
            ages.UnionWith([o.Family.MinChildAge, o.Family.AgeOfMajority, o.School.CompulsoryFromAge, o.ExceptionGroups.ElderlyMinAge]);
        }

        var r = ruleSet.Regime;
        if (r != Regime.Imk2006 && r != Regime.S104a && r != Regime.S104aExtension && (r.HasCustomMemberElements || r.HasCustomHouseholdElements))
        {
            ages.UnionWith(Enumerable.Range(0, MaxAgeSweptForUserElements + 1));
        }

        return ([.. references.Distinct()], ages);
    }

    /// <summary>The household with the ranged members' birth dates unknown (no range either).</summary>
    internal static Household Unknown(Household household, IReadOnlyList<int> ranged)
    {
        var members = household.Members.ToArray();
        foreach (var i in ranged)
        {
            members[i] = members[i] with { BirthDate = null, BirthDateRange = null };
        }

        return household with { Members = members };
    }

    private static Household With(Household household, List<int> ranged, List<DateOnly[]> dates, int[] index)
    {
        var members = household.Members.ToArray();
        for (var j = 0; j < ranged.Count; j++)
        {
            members[ranged[j]] = members[ranged[j]] with { BirthDate = dates[j][index[j]], BirthDateRange = null };
        }

        return household with { Members = members };
    }

    private static bool Next(int[] index, List<DateOnly[]> dates)
    {
        for (var j = 0; j < index.Length; j++)
        {
            if (++index[j] < dates[j].Length)
            {
                return true;
            }

            index[j] = 0;
        }

        return false;
    }
}
