using System.Text.Json;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Serialization;
using Bleiberecht.Rules.Variants;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Outcome = Bleiberecht.Rules.Evaluation.Outcome;

namespace Bleiberecht.Rules.Tests.Properties;

/// <summary>A way to build a rule set (a profile or a variant document), printed so a counterexample can be replayed.</summary>
public sealed record RuleSetSpec(string Description, Func<RuleSet> Build)
{
    public override string ToString() => Description;
}

/// <summary>A variant document as JSON text.</summary>
public sealed record VariantText(string Json)
{
    public override string ToString() => Json;
}

/// <summary>Random values of every group (b) option.</summary>
public sealed record Procedural(ProceduralOptions Options)
{
    public override string ToString() => Options.ToString();
}

/// <summary>Generators of rule sets, variant documents and procedural options for <see cref="OptionLawTests"/>.</summary>
public static class OptionLawGenerators
{
    /// <summary>Every stated value of every profile that is valid as a variant override on its own.</summary>
    private static readonly Lazy<IReadOnlyList<(string Id, string Json)>> Pool = new(() =>
        ProfileCatalog.All
            .SelectMany(p => p.Values)
            .Where(v => v.Status == OptionStatus.Stated && v.Value.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))
            .Select(v => (Id: v.OptionId, Json: v.Value.GetRawText()))
            .Distinct()
            .Where(x => IsValid(Document("probe", "base", [x])))
            .ToList());

    private static bool IsValid(string json)
    {
        try
        {
            VariantLoader.Load(json);
            return true;
        }
        catch (JsonDocumentException)
        {
            return false;
        }
    }

    /// <summary>A variant document with the given overrides (the last value wins for a repeated id).</summary>
    public static string Document(string name, string basedOn, IEnumerable<(string Id, string Json)> overrides)
    {
        var unique = overrides.GroupBy(o => o.Id, StringComparer.Ordinal).Select(g => g.Last());
        var body = string.Join(",\n    ", unique.Select(o => $"{JsonSerializer.Serialize(o.Id)}: {o.Json}"));
        return $$"""
            {
              "name": {{JsonSerializer.Serialize(name)}},
              "description": "generated",
              "basedOn": {{JsonSerializer.Serialize(basedOn)}},
              "overrides": {
                {{body}}
              },
              "citations": ["L1-2"]
            }
            """;
    }

    private static Gen<string> BasedOn() =>
        Gen.Elements(new[] { "base" }.Concat(ProfileCatalog.All.Select(p => p.Id)).ToArray());

    public static Gen<VariantText> VariantGen() =>
        from basedOn in BasedOn()
        from picks in Gen.SubListOf(Pool.Value.ToArray())
        from n in Gen.Choose(0, 6)
        select new VariantText(Document("generated", basedOn, picks.Take(n)));

    public static Arbitrary<VariantText> Variants() => Arb.From(VariantGen());

    public static Arbitrary<RuleSetSpec> RuleSets() => Arb.From(Gen.Frequency(
        (1, Gen.Constant(new RuleSetSpec("base", () => RuleSet.Imk2006))),
        (3, Gen.Elements(ProfileCatalog.All.ToArray()).Select(p => new RuleSetSpec("profile " + p.Id, () => ProfileCatalog.ToRuleSet(p)))),
        (1, Gen.Elements(Directory.GetFiles(Path.Combine(RepoPaths.Samples, "variants"), "*.json").Where(f => !f.EndsWith("invalid-demo.json", StringComparison.Ordinal)).ToArray())
            .Select(f => new RuleSetSpec("variant file " + Path.GetFileName(f), () => VariantLoader.LoadFile(f).ToRuleSet()))),
        (3, VariantGen().Select(v => new RuleSetSpec("variant " + v.Json, () => VariantLoader.Load(v.Json).ToRuleSet())))));

    private static Gen<T?> Maybe<T>(Gen<T> gen) where T : struct =>
        Gen.Frequency((3, gen.Select(v => (T?)v)), (1, Gen.Constant((T?)null)));

    private static Gen<DateOnly> Date() => Gen.Choose(new DateOnly(2006, 11, 17).DayNumber, new DateOnly(2009, 12, 31).DayNumber).Select(DateOnly.FromDayNumber);

    private static Gen<T> Any<T>() where T : struct, Enum => Gen.Elements(Enum.GetValues<T>());

    public static Arbitrary<Procedural> ProceduralValues() => Arb.From(
        from regional in Gen.Elements(true, false)
        from central in Gen.Elements(true, false)
        from direct in Maybe(Gen.Elements(true, false))
        from fast in Maybe(Gen.Choose(1, 60))
        from final in Maybe(Date())
        from passport in Maybe(Any<MissingPassportHandling>())
        from outreach in Maybe(Any<Outreach>())
        from screening in Any<PreScreening>()
        from stopFrom in Maybe(Date())
        from stopUntil in Maybe(Date())
        from certificate in Any<EmployerCertificate>()
        from agreement in Maybe(Gen.Elements(true, false))
        from weeks in Maybe(Gen.Choose(1, 10))
        from stance in Maybe(Any<OverallStance>())
        select new Procedural(new ProceduralOptions
        {
            RegionalConsentRequired = regional,
            CentralisedAuthority = central,
            DirectPermitWithoutDuldungStage = direct,
            FastTrackOnJobOfferDays = fast,
            FinalDecisionDeadline = final,
            MissingPassportHandling = passport,
            Outreach = outreach,
            PreScreening = screening,
            DeportationStopFrom = stopFrom,
            DeportationStopUntil = stopUntil,
            EmployerCertificate = certificate,
            IntegrationAgreement = agreement,
            BAConsentTurnaroundWeeksMin = weeks,
            BAConsentTurnaroundWeeksMax = weeks + 2,
            OverallStance = stance,
        }));
}

/// <summary>
/// Issue 3, item 6: laws of the discretion options on generated households.
/// <para>
/// Rank of a member's outcome: Refusal (0) &lt; Pending (1) &lt; JobSearchDuldung (2) &lt; StatutoryPermit104a (3) &lt;
/// ResidencePermit (4). "Definite" outcomes are Refusal, JobSearchDuldung, StatutoryPermit104a and ResidencePermit;
/// Pending is open. WithdrawnOrSettled and NoApplication are not ranked: a withdrawn application or one never filed
/// is decided by no option, so its outcome must be identical under both values.
/// </para>
/// <para>
/// Monotonicity, for every adjacent pair (less, more generous) of every chain of <see cref="GenerosityOrder"/>, each
/// applied to the base options, and every member: (1) if the member gets a ResidencePermit, a § 104a permit or a
/// job-search Duldung under the less generous value, it does not get a Refusal under the more generous one; (2) if
/// both outcomes are definite, the more generous one ranks at least as high. The restrictive direction is the
/// mirror read backwards (a more restrictive step never turns a Refusal into a permit or Duldung, and never a
/// definite outcome into a better definite one) — the same pairs, so the same check. A change between a definite
/// outcome and Pending is allowed both ways: a generous value can raise a new question (e.g. whether a fixed-term
/// contract is customary in the sector).
/// </para>
/// </summary>
public sealed class OptionLawTests
{
    private static int Rank(Outcome o) => o switch
    {
        Outcome.Refusal => 0,
        Outcome.Pending => 1,
        Outcome.JobSearchDuldung => 2,
        Outcome.StatutoryPermit104a => 3,
        Outcome.ResidencePermit => 4,
        _ => -1,
    };

    private static bool Definite(Outcome o) => o is Outcome.Refusal or Outcome.JobSearchDuldung or Outcome.StatutoryPermit104a or Outcome.ResidencePermit;

    private static bool Positive(Outcome o) => o is Outcome.JobSearchDuldung or Outcome.StatutoryPermit104a or Outcome.ResidencePermit;

    /// <summary>Null if the step from <paramref name="less"/> to <paramref name="more"/> obeys the law for this member, else why not.</summary>
    private static string? Violation(Household h, Outcome less, Outcome more)
    {
        if (h.ApplicationWithdrawn || h.ApplicationFiled == false)
        {
            return less == more ? null : "withdrawn or unfiled application changed";
        }

        if (Positive(less) && more == Outcome.Refusal)
        {
            return "a permit or Duldung became a refusal";
        }

        if (Definite(less) && Definite(more) && Rank(more) < Rank(less))
        {
            return "a definite outcome became a worse definite one";
        }

        return null;
    }

    private static Dictionary<string, PersonDecision> ById(Household h, ImkOptions options) =>
        Evaluator.Evaluate(h, RuleSet.Imk2006 with { Name = "step", Options = options }).Members.ToDictionary(m => m.PersonId, StringComparer.Ordinal);

    private static void CheckChains(Household h, ImkOptions baseline, string baselineName)
    {
        foreach (var chain in GenerosityOrder.Chains)
        {
            var decisions = chain.Select(step => ById(h, step.Apply(baseline))).ToList();
            for (var i = 0; i + 1 < chain.Count; i++)
            {
                foreach (var (id, less) in decisions[i])
                {
                    var more = decisions[i + 1][id];
                    if (Violation(h, less.Outcome, more.Outcome) is { } why)
                    {
                        Assert.Fail($"{why}: member {id} on {baselineName}, {chain[i]} -> {chain[i + 1].Value}: {less.Outcome} [{string.Join(", ", less.Grounds)}] -> {more.Outcome} [{string.Join(", ", more.Grounds)}]");
                    }
                }
            }
        }
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(Generators)])]
    public void A_more_generous_value_never_makes_an_outcome_worse(Case c) => CheckChains(c.Household, ImkOptions.Base, "base");

    /// <summary>
    /// The same law for the Punkt 3.3 exception groups (b)-(e), which are parameters of the regime rather than
    /// catalogue options: switching one group on — from none, or with all the others on — or lowering the age of
    /// group (e) never makes an outcome worse. Households from the bulk generators, which set the groups' facts.
    /// </summary>
    [Property(MaxTest = 60, Arbitrary = [typeof(Bulk.BulkGenerators)])]
    public void Switching_an_exception_group_on_never_makes_an_outcome_worse(Bulk.Population population)
    {
        var none = new ExceptionGroupOptions { FamiliesOnTemporarySupplementaryBenefits = false, SingleParentsWorkNotReasonable = false, UnableToWorkSecuredOtherwise = false, ElderlyWithFamilyInGermany = false };
        var all = new ExceptionGroupOptions();
        (string Name, ExceptionGroupOptions Off, ExceptionGroupOptions On)[] steps =
        [
            ("b", none, none with { FamiliesOnTemporarySupplementaryBenefits = true }),
            ("c", none, none with { SingleParentsWorkNotReasonable = true }),
            ("d", none, none with { UnableToWorkSecuredOtherwise = true }),
            ("e", none, none with { ElderlyWithFamilyInGermany = true }),
            ("b with the others", all with { FamiliesOnTemporarySupplementaryBenefits = false }, all),
            ("c with the others", all with { SingleParentsWorkNotReasonable = false }, all),
            ("d with the others", all with { UnableToWorkSecuredOtherwise = false }, all),
            ("e with the others", all with { ElderlyWithFamilyInGermany = false }, all),
            ("e from 65 to 60", all, all with { ElderlyMinAge = 60 }),
        ];
        foreach (var h in population.Households)
        {
            foreach (var (name, off, on) in steps)
            {
                var less = ById(h, ImkOptions.Base with { ExceptionGroups = off });
                var more = ById(h, ImkOptions.Base with { ExceptionGroups = on });
                foreach (var (id, l) in less)
                {
                    if (Violation(h, l.Outcome, more[id].Outcome) is { } why)
                    {
                        Assert.Fail($"{why}: member {id}, group {name}: {l.Outcome} -> {more[id].Outcome}");
                    }
                }
            }
        }
    }

    /// <summary>
    /// The same law with every Land and Kommune profile as the baseline, so interactions between options are covered
    /// too (e.g. a later work deadline under § 104a conversion must not cost the § 104a permit).
    /// </summary>
    [Property(MaxTest = 40, Arbitrary = [typeof(Generators)])]
    public void A_more_generous_value_never_makes_an_outcome_worse_under_any_profile(Case c)
    {
        foreach (var profile in ProfileCatalog.All)
        {
            CheckChains(c.Household, ProfileCatalog.ToRuleSet(profile).Options, profile.Id);
        }
    }

    [Fact]
    public void Every_chain_step_names_a_group_a_option_and_chains_are_ordered_from_restrictive_to_generous()
    {
        Assert.NotEmpty(GenerosityOrder.Chains);
        Assert.All(GenerosityOrder.Chains, chain =>
        {
            Assert.True(chain.Count >= 2);
            Assert.Single(chain.Select(s => s.OptionId).Distinct());
            Assert.Equal(OptionGroup.DecisionRule, OptionCatalog.Get(chain[0].OptionId).Group);
            Assert.All(chain, s => Assert.Equal(ImkOptions.Base.Procedure, s.Apply(ImkOptions.Base).Procedure));
        });

        // Every group (a) option with direction G or R is either in a chain or explained in NotOrdered.
        var covered = GenerosityOrder.Chains.Select(c => c[0].OptionId).Concat(GenerosityOrder.NotOrdered.Select(n => n.OptionId)).ToHashSet(StringComparer.Ordinal);
        Assert.All(OptionCatalog.All.Where(d => d.Group == OptionGroup.DecisionRule), d => Assert.Contains(d.Id, covered));
        Assert.All(GenerosityOrder.NotOrdered, n => Assert.False(string.IsNullOrWhiteSpace(n.Reason)));
    }

    [Fact]
    public void Household_coverage_majority_test_adds_a_route_and_keeps_full_coverage()
    {
        // Two insured jobs of 500 EUR each cover a need of 1,000 in full although neither covers more than half:
        // Wuppertal's test (L2215-2219) is generous (catalogue direction G), so full coverage must still count.
        var h = TestCases.Family()
            .With("applicant", p => p with { Employments = [TestCases.Job(net: 500m)] })
            .With("spouse", p => p with { Employments = [TestCases.Job(net: 500m)] });
        var majority = ImkOptions.Base with { Income = ImkOptions.Base.Income with { HouseholdCoverage = HouseholdCoverage.OneInsuredJobCoversMajority } };
        Assert.Equal(Outcome.ResidencePermit, TestCases.For(TestCases.Evaluate(h), "applicant").Outcome);
        Assert.Equal(Outcome.ResidencePermit, TestCases.For(TestCases.Evaluate(h, majority), "applicant").Outcome);
        Assert.Contains(GenerosityOrder.Chains, c => c[0].OptionId == "Income.HouseholdCoverage");
    }

    private static string Fingerprint(ExplanationNode n) =>
        $"{n.ElementId}|{n.Result}|{n.Subject}|{n.Detail?.En}|{string.Join(";", n.Missing.Select(m => m.Path))}({string.Join(",", n.Children.Select(Fingerprint))})";

    private static string Snapshot(HouseholdDecision d) => string.Join("\n", d.Members.Select(m =>
        $"{m.PersonId} {m.Outcome} {m.ValidUntil} [{string.Join(",", m.Grounds)}] [{string.Join(",", m.Missing.Select(x => x.Path + ":" + x.Question.En))}] {Fingerprint(m.Explanation)}"))
        + $"\n{d.Outcome} {d.RuleSet} {Fingerprint(d.Explanation)}";

    [Property(MaxTest = 150, Arbitrary = [typeof(Generators), typeof(OptionLawGenerators)])]
    public bool Evaluating_B_between_two_evaluations_of_A_leaves_A_identical(Case c, RuleSetSpec a, RuleSetSpec b)
    {
        var ruleSetA = a.Build();
        var first = Snapshot(Evaluator.Evaluate(c.Household, ruleSetA));
        _ = Evaluator.Evaluate(c.Household, b.Build());
        var second = Snapshot(Evaluator.Evaluate(c.Household, a.Build()));
        var third = Snapshot(Evaluator.Evaluate(c.Household, ruleSetA));
        return first == second && first == third && ImkOptions.Base == new ImkOptions() && RuleSet.Imk2006.Options == new ImkOptions();
    }

    private static ImkOptions Comparable(ImkOptions o) => o with { Passport = o.Passport with { AppliesToOrigins = null } };

    [Property(MaxTest = 150, Arbitrary = [typeof(OptionLawGenerators)])]
    public bool A_variant_serialized_back_reloads_to_equal_options(VariantText text)
    {
        var loaded = VariantLoader.Load(text.Json);
        var back = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["name"] = loaded.Name,
            ["description"] = loaded.Description,
            ["basedOn"] = loaded.BasedOn,
            ["overrides"] = loaded.Overrides,
            ["citations"] = loaded.Citations,
        });
        var reloaded = VariantLoader.Load(back);
        var x = loaded.ToRuleSet().Options;
        var y = reloaded.ToRuleSet().Options;
        return Comparable(x) == Comparable(y)
            && (x.Passport.AppliesToOrigins ?? []).SequenceEqual(y.Passport.AppliesToOrigins ?? [])
            && loaded.Name == reloaded.Name
            && loaded.BasedOn == reloaded.BasedOn
            && loaded.Overrides.Keys.Order(StringComparer.Ordinal).SequenceEqual(reloaded.Overrides.Keys.Order(StringComparer.Ordinal))
            && loaded.Citations.SequenceEqual(reloaded.Citations);
    }

    private static IEnumerable<string> Decisions(Household h, ImkOptions o) =>
        Evaluator.Evaluate(h, RuleSet.Imk2006 with { Options = o }).Members
            .Select(m => $"{m.PersonId} {m.Outcome} {m.ValidUntil} [{string.Join(",", m.Grounds)}] [{string.Join(",", m.Missing.Select(x => x.Path))}]");

    [Property(MaxTest = 150, Arbitrary = [typeof(Generators), typeof(OptionLawGenerators)])]
    public bool Group_b_options_never_change_a_decision(Case c, Procedural p, RuleSetSpec baseline)
    {
        var options = baseline.Build().Options;
        var with = options with { Procedure = p.Options };
        return Decisions(c.Household, options).SequenceEqual(Decisions(c.Household, with));
    }
}
