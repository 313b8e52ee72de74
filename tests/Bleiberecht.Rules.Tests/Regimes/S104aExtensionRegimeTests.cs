using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Bulk;
using Bleiberecht.Rules.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Outcome = Bleiberecht.Rules.Evaluation.Outcome;
using static Bleiberecht.Rules.Tests.Regimes.RegimeLaws;

namespace Bleiberecht.Rules.Tests.Regimes;

/// <summary>A generated household with the extension's work-livelihood facts.</summary>
public sealed record ExtensionCase(Household Household)
{
    public override string ToString() => CaseJson.Write(Household);
}

/// <summary>A generated extension household before and after one unknown fact is filled.</summary>
public sealed record ExtensionFilled(Household Before, Household After, string What)
{
    public override string ToString() => $"filled {What}:\n{CaseJson.Write(Before)}";
}

/// <summary>
/// The households of <see cref="Generators"/> with a work-livelihood history (every field possibly unknown, the months
/// secured never more than the period) and decision dates around 4.12.2009 — the facts the extension regime reads.
/// </summary>
public static class ExtensionGenerators
{
    public static Arbitrary<ExtensionCase> Cases() => Arb.From(HouseholdGen().Select(h => new ExtensionCase(h)));

    public static Arbitrary<ExtensionFilled> FilledCases() => Arb.From(
        from h in HouseholdGen()
        from f in Fill(h)
        select f);

    private static Gen<T?> Maybe<T>(Gen<T> gen, int oneIn = 5) where T : struct =>
        Gen.Frequency((oneIn - 1, gen.Select(v => (T?)v)), (1, Gen.Constant((T?)null)));

    private static readonly Gen<DateOnly> Decisions = Gen.Elements(new DateOnly(2009, 12, 3), new DateOnly(2009, 12, 4), new DateOnly(2009, 12, 5), new DateOnly(2010, 1, 15));

    private static readonly Gen<DateOnly> Since = Gen.Elements(new DateOnly(2008, 6, 1), new DateOnly(2009, 3, 31), new DateOnly(2009, 4, 1), new DateOnly(2009, 4, 2), new DateOnly(2009, 10, 1));

    public static Gen<Household> HouseholdGen() =>
        from h in Generators.HouseholdGen()
        from period in Gen.Choose(0, 30)
        from secured in Gen.Choose(0, period)
        from knownPeriod in Gen.Choose(1, 5).Select(x => x > 1)
        from knownSecured in Gen.Choose(1, 5).Select(x => x > 1)
        from fully in Maybe(Gen.Elements(true, false))
        from since in Maybe(Since)
        from efforts in Maybe(Gen.Elements(true, false))
        from decision in Maybe(Decisions, 8)
        select h with
        {
            DecisionDate = decision,
            WorkLivelihood = new WorkLivelihoodHistory
            {
                MonthsInPeriod = knownPeriod ? period : null,
                MonthsSecuredByWork = knownSecured ? secured : null,
                FullySecured = fully,
                FullySecuredSince = fully == true ? since : null,
                EffortsShown = efforts,
            },
        };

    /// <summary>One unknown fact filled consistently: a work-livelihood field, or any other (<see cref="Generators.FillOneUnknown(Household)"/>).</summary>
    private static Gen<ExtensionFilled> Fill(Household h)
    {
        var w = h.WorkLivelihood!;
        var options = new List<Gen<ExtensionFilled>>();
        ExtensionFilled F(string what, Household after) => new(h, after, what);
        if (w.MonthsInPeriod is null)
        {
            options.Add(Gen.Choose(w.MonthsSecuredByWork ?? 0, 30).Select(p => F("monthsInPeriod", h with { WorkLivelihood = w with { MonthsInPeriod = p } })));
        }

        if (w.MonthsSecuredByWork is null)
        {
            options.Add(Gen.Choose(0, w.MonthsInPeriod ?? 30).Select(s => F("monthsSecuredByWork", h with { WorkLivelihood = w with { MonthsSecuredByWork = s } })));
        }

        if (w.FullySecured is null)
        {
            options.Add(Gen.Elements(true, false).Select(b => F("fullySecured", h with { WorkLivelihood = w with { FullySecured = b } })));
        }

        if (w.FullySecured == true && w.FullySecuredSince is null)
        {
            options.Add(Since.Select(d => F("fullySecuredSince", h with { WorkLivelihood = w with { FullySecuredSince = d } })));
        }

        if (w.EffortsShown is null)
        {
            options.Add(Gen.Elements(true, false).Select(b => F("effortsShown", h with { WorkLivelihood = w with { EffortsShown = b } })));
        }

        if (h.DecisionDate is null)
        {
            options.Add(Decisions.Select(d => F("decisionDate", h with { DecisionDate = d })));
        }

        options.Add(Generators.FillOneUnknown(h).Select(f => F(f.What, f.After)));
        return Gen.OneOf(options.ToArray());
    }
}

/// <summary>
/// The engine's laws under the extension regime (§ 104a Abs. 5, Abs. 6; IMK 4.12.2009), on both paths, with the base
/// rule and profiles under it: explain and bulk agree; filling an unknown fact never turns a definite outcome into
/// another; nobody with an unknown exclusion fact gets a permit.
/// </summary>
public class S104aExtensionRegimeTests
{
    public static IReadOnlyList<RuleSet> RuleSets { get; } =
    [
        RuleSet.Imk2006.Under(Regime.S104aExtension),
        .. ProfileCatalog.All.Where((_, i) => i % 6 == 0).Select(p => ProfileCatalog.ToRuleSet(p).Under(Regime.S104aExtension)),
    ];

    [Fact]
    public void The_regime_grants_the_extension_as_a_section_23_permit_and_cites_Abs5_and_Abs6()
    {
        var regime = Regime.S104aExtension;
        Assert.Equal("s104a-extension", regime.Id);
        Assert.Equal(Outcome.ResidencePermit, regime.GrantOutcome);
        Assert.Equal(LivelihoodShortfall.ProbationPermit, regime.Shortfall);
        Assert.Equal(new DateOnly(2009, 12, 31), regime.ReferenceDate);
        Assert.Equal(ElementRole.Discretion, regime.Find("S104a.Abs6")!.Role);
        Assert.Equal(["S104a.Abs5.Extension"], regime.Find("S104a.Abs6")!.Replaces);
        Assert.Contains(regime.Find("S104a.Abs5.Extension")!.Meta.Citations, c => c.Reference.Contains("4.12.2009", StringComparison.Ordinal));
        Assert.All(regime.Elements.Where(e => e.Role == ElementRole.ExclusionGround), e => Assert.NotNull(e.SpreadCitation));
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(ExtensionGenerators)])]
    public void Bulk_and_explain_agree_under_the_extension_regime(ExtensionCase c)
    {
        var problems = RuleSets.SelectMany(r => BulkEquivalenceTests.Differences([c.Household], r)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(2)));
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(ExtensionGenerators)])]
    public void Filling_an_unknown_fact_never_turns_a_definite_outcome_into_another(ExtensionFilled f)
    {
        AssertFilledKeepsDefinite(f.Before, f.After, f.What, RuleSets[0]);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(ExtensionGenerators)])]
    public void Nobody_with_an_unknown_exclusion_fact_or_livelihood_history_gets_an_extension(ExtensionCase c)
    {
        var ruleSet = RuleSets[0];
        var regime = ruleSet.Regime;
        var decision = Evaluator.Evaluate(c.Household, ruleSet);
        var bulk = BulkOutcomes(c.Household, ruleSet);
        for (var i = 0; i < decision.Members.Count; i++)
        {
            var member = decision.Members[i];
            var unknown = member.Explanation.Children.Any(n => n.Result == Truth.Unknown && regime.Find(n.ElementId) is { Role: ElementRole.ExclusionGround or ElementRole.FamilyScope or ElementRole.Livelihood });
            if (unknown)
            {
                Assert.False(IsPermit(member.Outcome), $"{member.PersonId} got {member.Outcome} (explain) with an unknown exclusion or livelihood fact");
                Assert.False(IsPermit(bulk[i]), $"{member.PersonId} got {bulk[i]} (bulk) with an unknown exclusion or livelihood fact");
            }
        }
    }
}
