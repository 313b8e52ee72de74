using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;

namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>
/// The changes that could be made to a household, keyed by the fact they set (not by rule element, so the catalogue
/// serves every regime, including user-composed ones). Only facts that are known and unfavourable are offered: an
/// unknown fact is answered (<see cref="FactAnswer"/>), not changed.
/// </summary>
public static class ChangeCatalog
{
    /// <summary>Most changes a catalogue holds (a path is a bit set over it).</summary>
    public const int Capacity = 64;

    /// <summary>The changes that would alter a fact of this household, in member order.</summary>
    /// <param name="household">The household (with unknown facts already answered, as the search does).</param>
    /// <param name="options">Job and German parameters.</param>
    public static IReadOnlyList<FactChange> For(Household household, PathSearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(options);
        var list = new List<FactChange>();
        var housing = household.Housing;
        if (housing?.Sufficient == false || housing?.CommunalShelter == true)
        {
            list.Add(new FactChange(
                FactChangeKind.AdequateHousing,
                null,
                ["$.housing.sufficient", "$.housing.communalShelter"],
                new Label("zieht in ausreichenden Wohnraum (keine Gemeinschaftsunterkunft)", "moves into sufficient housing (not a communal shelter)")));
        }

        var net = options.JobNetMonthlyEur ?? household.Livelihood?.MonthlyNeedEur ?? 1000m;
        net = Math.Clamp(net, 0m, 1_000_000m);
        for (var i = 0; i < household.Members.Count; i++)
        {
            var p = household.Members[i];
            var at = $"$.members[{i}]";
            var adult = p.Role != HouseholdRole.Child;
            if (adult)
            {
                list.Add(new FactChange(
                    FactChangeKind.TakeUpJob,
                    p.Id,
                    [at + ".employments", "$.livelihood.receivesBenefits"],
                    new Label(
                        $"{p.Id} nimmt eine Beschäftigung ({options.JobKind}, netto {FactChange.Money(net)} EUR/Monat) zum Entscheidungsdatum auf",
                        $"{p.Id} takes up a job ({options.JobKind}, net {FactChange.Money(net)} EUR/month) on the decision date"))
                {
                    JobNetMonthlyEur = net,
                    JobKind = options.JobKind,
                });
                if (p.GermanLevel is { } level && level < options.GermanLevel)
                {
                    list.Add(new FactChange(
                        FactChangeKind.ReachGermanLevel,
                        p.Id,
                        [at + ".germanLevel", at + ".germanVerifiedInPerson"],
                        new Label($"{p.Id} erreicht Deutsch {options.GermanLevel}", $"{p.Id} reaches German {options.GermanLevel}"))
                    {
                        GermanLevel = options.GermanLevel,
                    });
                }
            }
            else if (p.Schooling?.AttendsSchool == false)
            {
                list.Add(new FactChange(
                    FactChangeKind.AttendSchool,
                    p.Id,
                    [at + ".schooling.attendsSchool"],
                    new Label($"{p.Id} besucht die Schule", $"{p.Id} attends school")));
            }

            var id = p.Identity;
            if (id?.ValidPassport == false)
            {
                list.Add(new FactChange(
                    FactChangeKind.PresentPassport,
                    p.Id,
                    [at + ".identity.validPassport", at + ".identity.identityClarified"],
                    new Label($"{p.Id} legt einen gültigen Pass vor", $"{p.Id} presents a valid passport")));
                if (id.CredibleEffortsDocumented != true)
                {
                    list.Add(new FactChange(
                        FactChangeKind.DocumentPassportEfforts,
                        p.Id,
                        [at + ".identity.credibleEffortsDocumented"],
                        new Label($"{p.Id} weist glaubhafte Bemühungen um einen Pass nach", $"{p.Id} documents credible efforts to obtain a passport")));
                }
            }
        }

        if (list.Count > Capacity)
        {
            // Large households: keep the first changes in member order; documented limit.
            list.RemoveRange(Capacity, list.Count - Capacity);
        }

        return list;
    }
}
