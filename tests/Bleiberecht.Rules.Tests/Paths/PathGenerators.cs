using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;

namespace Bleiberecht.Rules.Tests.Paths;

/// <summary>A household, a rule set and a target (a member id or null for the household).</summary>
public sealed record PathCase(Household Household, RuleSet RuleSet, string? Member)
{
    public override string ToString() => $"{RuleSet.Name}, target {Member ?? "household"}:\n{CaseJson.Write(Household)}";
}

/// <summary>A small population for the summary.</summary>
public sealed record PathPopulation(IReadOnlyList<Household> Households, RuleSet RuleSet)
{
    public override string ToString() => $"{RuleSet.Name}:\n{string.Join("\n", Households.Select(CaseJson.Write))}";
}

/// <summary>
/// The property tests' households (<see cref="Generators.HouseholdGen"/>) under the base rule and a few profiles
/// whose options differ in the parts paths touch (Berlin's child age, Bayern's strict reading, Barnim's language
/// refusal, Oder-Spree's pending language deficit).
/// </summary>
public static class PathGenerators
{
    public static IReadOnlyList<RuleSet> RuleSets { get; } =
        [RuleSet.Imk2006, .. new[] { "BE", "BY", "BB-Barnim", "BB-OderSpree", "SL" }.Select(ProfileCatalog.RuleSetFor)];

    /// <summary>
    /// A qualifying single or family (<see cref="TestCases"/>) with changeable facts knocked out (job, German,
    /// passport, housing, school), some facts made unknown, and sometimes a decision after the work take-up deadline —
    /// so that paths of one to three changes and answered questions are common.
    /// </summary>
    public static Gen<Household> CurableGen() =>
        from family in Gen.Elements(true, false)
        from noJob in Gen.Elements(true, false, false)
        from german in Gen.Elements(CefrLevel.A2, CefrLevel.A2, CefrLevel.A1, CefrLevel.None)
        from passport in Gen.Elements(true, true, false)
        from housing in Gen.Elements(true, true, false)
        from school in Gen.Elements(true, true, false)
        from unknownGerman in Gen.Elements(false, false, false, true)
        from unknownHousing in Gen.Elements(false, false, false, true)
        from unknownConvictions in Gen.Elements(false, false, false, true)
        from late in Gen.Elements(false, false, false, false, true)
        select Knock(family ? TestCases.Family() : TestCases.Single(), noJob, german, passport, housing, school, unknownGerman, unknownHousing, unknownConvictions, late);

    private static Household Knock(Household h, bool noJob, CefrLevel german, bool passport, bool housing, bool school, bool unknownGerman, bool unknownHousing, bool unknownConvictions, bool late)
    {
        var members = h.Members.Select((p, i) =>
        {
            if (p.Role == HouseholdRole.Child)
            {
                return school ? p : p with { Schooling = p.Schooling! with { AttendsSchool = false } };
            }

            return p with
            {
                Employments = noJob ? [] : p.Employments,
                GermanLevel = i == 0 && unknownGerman ? null : german,
                Identity = i == 0 ? new IdentityDocuments { ValidPassport = passport } : p.Identity,
                Convictions = i == 0 && unknownConvictions ? null : p.Convictions,
            };
        }).ToList();
        return h with
        {
            Members = members,
            Housing = new Housing { Sufficient = unknownHousing ? null : housing, CommunalShelter = false },
            Livelihood = h.Livelihood! with { ReceivesBenefits = noJob ? true : h.Livelihood.ReceivesBenefits },
            DecisionDate = late ? TestCases.D("2007-10-15") : h.DecisionDate,
        };
    }

    public static Arbitrary<PathCase> Cases() => Arb.From(
        from h in Gen.Frequency((1, Generators.HouseholdGen()), (2, CurableGen()))
        from rs in Gen.Elements(RuleSets.ToArray())
        from who in Gen.Choose(-1, h.Members.Count - 1)
        select new PathCase(h, rs, who < 0 ? null : h.Members[who].Id));

    public static Arbitrary<PathPopulation> Populations() => Arb.From(
        from n in Gen.Choose(1, 8)
        from hs in Gen.ListOf(Gen.Frequency((1, Generators.HouseholdGen()), (2, CurableGen())), n)
        from rs in Gen.Elements(RuleSets.ToArray())
        select new PathPopulation(hs.Select((h, i) => h with { CaseId = "h" + i }).ToList(), rs));
}
