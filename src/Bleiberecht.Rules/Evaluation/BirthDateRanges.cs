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
/// engine's Unknown and the question for <c>$.members[i].birthDate</c>). The explain path (<see cref="Evaluator"/>) and
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
    internal readonly record struct Resolution<T>(T Decision, bool Agreed, int Decisions, IReadOnlyList<int> Ranged);

    /// <summary>
    /// Decides <paramref name="household"/> once per combination of the ranged members' candidate birth dates with
    /// <paramref name="decide"/>, stopping at the first decision that differs from the first one
    /// (<paramref name="same"/>: the same outcome for the household and every member).
    /// </summary>
    internal static Resolution<T> Resolve<T>(Household household, RuleSet ruleSet, Func<Household, T> decide, Func<T, T, bool> same)
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
            return new(decide(Unknown(household, ranged)), false, 0, ranged);
        }

        var index = new int[ranged.Count];
        var first = decide(With(household, ranged, dates, index));
        var count = 1;
        while (Next(index, dates))
        {
            count++;
            if (!same(first, decide(With(household, ranged, dates, index))))
            {
                return new(decide(Unknown(household, ranged)), false, count, ranged);
            }
        }

        return new(first, true, count, ranged);
    }

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
