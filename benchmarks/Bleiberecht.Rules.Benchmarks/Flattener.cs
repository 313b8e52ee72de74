using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;

namespace Bleiberecht.Rules.Benchmarks;

/// <summary>
/// Flattens households into <see cref="FlatCase"/> rows under the IMK base rule (not timed). The aggregates that
/// need a loop over members or jobs are read from the explain path's household-level nodes, so the flat input is
/// the same decision problem the bulk path solves.
/// </summary>
public static class Flattener
{
    /// <summary>Rows in household order, with each household's first row index (and a final sentinel).</summary>
    public static (FlatCase[] Rows, int[] HouseholdStart) Flatten(IReadOnlyList<Household> households)
    {
        var rows = new List<FlatCase>();
        var starts = new int[households.Count + 1];
        var o = ImkOptions.Base;
        var reference = o.Residence.ReferenceDate;
        for (var h = 0; h < households.Count; h++)
        {
            var household = households[h];
            starts[h] = rows.Count;
            var explained = Evaluator.Evaluate(household, RuleSet.Imk2006);
            var top = explained.Explanation.Children; // application, deadline, family, housing, school, prognosis, livelihood, members…
            var order = Enumerable.Range(0, household.Members.Count).OrderBy(i => household.Members[i].Id, StringComparer.Ordinal).ToList();
            for (var i = 0; i < household.Members.Count; i++)
            {
                var p = household.Members[i];
                var memberNodes = explained.Members[i].Explanation.Children;
                var familyScope = memberNodes.First(c => c.ElementId == Regimes.ImkElements.FamilyScope.Id).Result;
                // Read from the member's nodes like the family scope: since the legal review (ADR 0012) a breach counts
                // only if deliberate and weighed (item 7), and a conviction stops counting once erasable (ADR 0013).
                var cooperation = memberNodes.First(c => c.ElementId == Regimes.ImkElements.Cooperation.Id).Result;
                var conviction = memberNodes.First(c => c.ElementId == Regimes.ImkElements.Conviction.Id).Result;
                int? age = p.BirthDate is { } b ? LegalTime.AgeOn(b, reference) : null;
                var minor = p.Role != HouseholdRole.Child ? Truth.False : age is { } a ? (a < o.Family.AgeOfMajority).ToTruth() : Truth.Unknown;
                var start = p.EntryDate;
                foreach (var gap in p.Interruptions ?? [])
                {
                    var end = gap.To ?? reference;
                    if (start is { } s && gap.From <= reference && end.DayNumber - gap.From.DayNumber + 1 > o.Residence.InterruptionToleranceDays && end.AddDays(1) > s)
                    {
                        start = end.AddDays(1);
                    }
                }

                Truth Any(MisconductKind kind) => (p.Misconduct ?? []).Where(r => r.Kind == kind)
                    .Aggregate(Truth.False, (t, r) => t.Or(kind == MisconductKind.Absconding ? Truth.True : r.Deliberate.ToTruth()));
                var (bestExceeds, worstExceeds) = (conviction == Truth.False, conviction != Truth.True);
                rows.Add(new FlatCase
                {
                    Withdrawn = household.ApplicationWithdrawn,
                    ApplicationFiled = (int)household.ApplicationFiled.ToTruth(),
                    HasApplicationDate = household.ApplicationDate is not null,
                    ApplicationDay = household.ApplicationDate?.DayNumber ?? -1,
                    DecisionDay = household.DecisionDate?.DayNumber ?? -1,
                    Tolerated = (int)p.Tolerated.ToTruth(),
                    Obliged = (int)p.ObligedToLeave.ToTruth(),
                    Adult = (int)minor.Not(),
                    EntryKnown = start is not null,
                    GapsKnown = p.Interruptions is not null,
                    MetSix = start is { } s6 && LegalTime.HasCompletedYears(s6, reference, o.Residence.MinYearsFamily),
                    MetEight = start is { } s8 && LegalTime.HasCompletedYears(s8, reference, o.Residence.MinYearsOther),
                    Family = (int)top[2].Result,
                    MisconductKnown = p.Misconduct is not null,
                    DeceptionAny = (int)Any(MisconductKind.Deception),
                    ObstructionAny = (int)Any(MisconductKind.Obstruction),
                    AbscondingAny = Any(MisconductKind.Absconding) == Truth.True,
                    ConvictionsKnown = p.Convictions is not null,
                    BestExceeds = bestExceeds,
                    WorstExceeds = worstExceeds,
                    ExtremismLinks = (int)p.ExtremismLinks.ToTruth(),
                    OthersNoExclusion = (int)familyScope,
                    Housing = (int)(household.Housing?.Sufficient.ToTruth() ?? Truth.Unknown),
                    School = (int)top[4].Result,
                    Prognosis = (int)top[5].Result,
                    CooperationBreached = 2 - (int)cooperation,
                    GermanLevel = p.GermanLevel is { } g ? (int)g : -1,
                    ValidPassport = (int)(p.Identity?.ValidPassport.ToTruth() ?? Truth.Unknown),
                    Livelihood = (int)top[6].Result,
                    // Capped by the parents while a minor on the reference date (IMK correction 2), not by role alone.
                    IsChild = p.Role == HouseholdRole.Child && minor != Truth.False,
                    IdOrder = order.IndexOf(i),
                });
            }
        }

        starts[households.Count] = rows.Count;
        return (rows.ToArray(), starts);
    }
}
