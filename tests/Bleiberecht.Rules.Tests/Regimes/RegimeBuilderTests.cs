using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes;

namespace Bleiberecht.Rules.Tests.Regimes;

/// <summary>Building a regime validates ids, citations, roles and capacity, and never changes the baseline.</summary>
public class RegimeBuilderTests
{
    [Fact]
    public void The_imk_regime_reports_its_elements_in_the_order_of_the_failure_mask()
    {
        var regime = Regime.Imk2006;
        Assert.Equal(ImkElements.Checkable.Select(m => m.Id), regime.Checkable.Select(m => m.Id));
        Assert.All(regime.Elements, e => Assert.NotEmpty(e.Meta.Citations));
        Assert.Equal(ElementRole.Gate, regime.Find(ImkElements.Application.Id)!.Role);
        Assert.Equal(ElementRole.Curable, regime.Find(ImkElements.Passport.Id)!.Role);
        Assert.Equal(ElementRole.Livelihood, regime.Find(ImkElements.Livelihood.Id)!.Role);
        // Deception, obstruction, conviction, extremism, absconding and — read as deception (L793-794; docs/adr/0012
        // item 7) — the breach of the duty to cooperate.
        Assert.Equal(6, regime.Elements.Count(e => e.Role == ElementRole.ExclusionGround));
    }

    [Fact]
    public void Adding_removing_and_replacing_make_a_new_regime_and_leave_the_baseline_alone()
    {
        var before = Regime.Imk2006.Elements;
        var regime = Regime.Imk2006.ToBuilder()
            .Named("test", "Test", "test")
            .Add(TestElements.GermanB1())
            .Replace(ImkElements.Housing.Id, TestElements.OwnFlat())
            .Remove(ImkElements.SchoolPrognosis.Id)
            .Build();

        Assert.Equal(before, Regime.Imk2006.Elements);
        Assert.Equal("test", regime.Id);
        Assert.Equal(TestElements.B1Meta.Id, regime.Checkable[^1].Id);
        Assert.Null(regime.Find(ImkElements.SchoolPrognosis.Id));
        Assert.Null(regime.Find(ImkElements.Housing.Id));
        Assert.Equal(regime.Elements.IndexOf(regime.Find(TestElements.OwnFlatMeta.Id)!), Regime.Imk2006.Elements.IndexOf(Regime.Imk2006.Find(ImkElements.Housing.Id)!));
        Assert.Equal(Regime.Imk2006.Checkable.Length, regime.Checkable.Length);
    }

    [Fact]
    public void Add_after_places_the_element_there()
    {
        var regime = Regime.Imk2006.ToBuilder().Add(TestElements.GermanB1(), after: ImkElements.Language.Id).Build();
        var ids = regime.Elements.Select(e => e.Id).ToList();
        Assert.Equal(ids.IndexOf(ImkElements.Language.Id) + 1, ids.IndexOf(TestElements.B1Meta.Id));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_a_suggestion()
    {
        var uncited = new RuleMeta("Variant.NoSource", new Label("ohne Quelle", "without source"), []);
        var builder = Regime.Imk2006.ToBuilder()
            .Remove("IMK.Integration.Housng")
            .Replace("IMK.Nothing.AtAll", TestElements.OwnFlat())
            .Add(RegimeElement.ForMember(uncited, _ => Check.Of(Logic.Truth.True)))
            .Add(TestElements.GermanB1())
            .Add(TestElements.GermanB1());

        var error = Assert.Throws<RegimeException>(() => builder.Build());
        Assert.Equal(4, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.Contains("IMK.Integration.Housng", StringComparison.Ordinal) && p.Contains("did you mean 'IMK.Integration.Housing'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("IMK.Nothing.AtAll", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("Variant.NoSource", StringComparison.Ordinal) && p.Contains("citation", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("occurs twice", StringComparison.Ordinal));
        Assert.Contains("IMK.Integration.Housng", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Roles_must_fit_the_level_and_derived_elements_cannot_be_reimplemented()
    {
        var ground = RegimeElement.ForHousehold(RuleMeta.Of("Variant.HouseholdGround", "x", "x", Citation.Derived("test")), _ => Check.Of(Logic.Truth.True), ElementRole.ExclusionGround);
        var gate = RegimeElement.ForMember(RuleMeta.Of("Variant.MemberGate", "x", "x", Citation.Derived("test")), _ => Check.Of(Logic.Truth.True), ElementRole.Gate);
        var scope = RegimeElement.ForMember(RuleMeta.Of("Variant.Scope", "x", "x", Citation.Derived("test")), _ => Check.Of(Logic.Truth.True), ElementRole.FamilyScope);
        var error = Assert.Throws<RegimeException>(() => Regime.Imk2006.ToBuilder()
            .Add(ground).Add(gate).Add(scope)
            .Replace(ImkElements.FamilyScope.Id, TestElements.GermanB1())
            .Replace(ImkElements.Scope.Id, TestElements.OwnFlat())
            .Build());

        Assert.Contains(error.Problems, p => p.Contains("Variant.HouseholdGround", StringComparison.Ordinal) && p.Contains("member", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("Variant.MemberGate", StringComparison.Ordinal) && p.Contains("household role", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("Variant.Scope", StringComparison.Ordinal) && p.Contains("derived", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains(ImkElements.FamilyScope.Id, StringComparison.Ordinal) && p.Contains("removed, not replaced", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains(ImkElements.Scope.Id, StringComparison.Ordinal) && p.Contains("household element", StringComparison.Ordinal));
        // two gates: the built-in application and the (misplaced) member gate
        Assert.Contains(error.Problems, p => p.Contains("at most one", StringComparison.Ordinal));
    }

    [Fact]
    public void A_regime_reports_at_most_32_elements()
    {
        var builder = Regime.Imk2006.ToBuilder();
        for (var i = 0; i < 32 - Regime.Imk2006.Checkable.Length; i++)
        {
            builder.Add(RegimeElement.ForMember(RuleMeta.Of($"Variant.Extra{i}", "x", "x", Citation.Derived("test")), _ => Check.Of(Logic.Truth.True)));
        }

        Assert.Equal(32, builder.Build().Checkable.Length);
        builder.Add(RegimeElement.ForMember(RuleMeta.Of("Variant.OneTooMany", "x", "x", Citation.Derived("test")), _ => Check.Of(Logic.Truth.True)));
        var error = Assert.Throws<RegimeException>(() => builder.Build());
        Assert.Contains(error.Problems, p => p.Contains("at most 32", StringComparison.Ordinal));

        // An informational element needs no bit.
        var info = Regime.Imk2006.ToBuilder();
        for (var i = 0; i < 40; i++)
        {
            info.Add(RegimeElement.ForMember(RuleMeta.Of($"Variant.Info{i}", "x", "x", Citation.Derived("test")), _ => Check.Of(Logic.Truth.True), ElementRole.Informational));
        }

        Assert.Equal(Regime.Imk2006.Checkable.Length, info.Build().Checkable.Length);
    }
}
