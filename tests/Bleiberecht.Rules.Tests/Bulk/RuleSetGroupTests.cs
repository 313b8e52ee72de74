using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Tests.Regimes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bleiberecht.Rules.Tests.Bulk;

/// <summary>
/// One pass under several rule sets (<see cref="CompiledRuleSets"/>) gives exactly the results of evaluating each rule
/// set alone: whatever it takes over from an earlier rule set must have come out the same. The rule sets are drawn
/// from every profile, the option corners, the § 104a regimes and regimes composed with user-defined elements, in any
/// order and with repeats; the households from both generators (dated decisions across the options' periods).
/// </summary>
public class RuleSetGroupTests
{
    private static readonly RuleSet[] Pool =
    [
        .. BulkGenerators.RuleSets,
        RuleSet.Imk2006.Under(Regime.S104a),
        ProfileCatalog.ToRuleSet(ProfileCatalog.All.First(p => p.Kind == ProfileKind.Land)).Under(Regime.S104a),

        // Rule sets that differ from others in one field a shared kernel reads (ADR 0015 item 7): § 104a with a
        // passport substitute and a tolerated interruption; only the employment records (livelihood); only the
        // general day-fine threshold (element 19).
        BulkGenerators.RuleSets.Single(r => r.Name == "corner:substitute-visits").Under(Regime.S104a),
        RuleSet.Imk2006 with { Name = "employment-only", Options = ImkOptions.Base with { Employment = BulkGenerators.RuleSets.Single(r => r.Name == "corner:substitute-effort").Options.Employment } },
        RuleSet.Imk2006 with { Name = "day-fines-only", Options = ImkOptions.Base with { Exclusion = ImkOptions.Base.Exclusion with { ConvictionDayFinesGeneral = 20 } } },
        RuleSet.Imk2006 with { Regime = Regime.Imk2006.ToBuilder().Add(TestElements.GermanB1(), after: "IMK.Integration.Language").Build() },
        RuleSet.Imk2006 with { Regime = Regime.Imk2006.ToBuilder().Remove("IMK.Integration.Language").Build() },
    ];

    /// <summary>Each rule set alone, then the group, over the same batch; the differences (empty = equal).</summary>
    private static List<string> Differences(IReadOnlyList<Household> households, IReadOnlyList<RuleSet> ruleSets, bool parallel)
    {
        var batch = HouseholdBatch.Create(households);
        var compiled = ruleSets.Select(CompiledRuleSet.Compile).ToArray();
        var group = new CompiledRuleSets(compiled);
        var together = compiled.Select(_ => new BulkResult[batch.PersonCount]).ToArray();
        var togetherHouseholds = compiled.Select(_ => new BulkHouseholdResult[batch.HouseholdCount]).ToArray();
        BulkEvaluator.Evaluate(batch, group, [.. together.Select(a => (Memory<BulkResult>)a)], [.. togetherHouseholds.Select(a => (Memory<BulkHouseholdResult>)a)], parallel);
        var problems = new List<string>();
        for (var r = 0; r < compiled.Length; r++)
        {
            var alone = new BulkResult[batch.PersonCount];
            var aloneHouseholds = new BulkHouseholdResult[batch.HouseholdCount];
            BulkEvaluator.Evaluate(batch, compiled[r], alone, aloneHouseholds, parallel: false);
            for (var p = 0; p < alone.Length; p++)
            {
                if (alone[p] != together[r][p])
                {
                    problems.Add($"rule set {r} ({ruleSets[r].Name}), person {p}: alone {alone[p]}, in the group {together[r][p]}");
                }
            }

            for (var h = 0; h < aloneHouseholds.Length; h++)
            {
                if (aloneHouseholds[h] != togetherHouseholds[r][h])
                {
                    problems.Add($"rule set {r} ({ruleSets[r].Name}), household {h}: alone {aloneHouseholds[h]}, in the group {togetherHouseholds[r][h]}");
                }
            }
        }

        return problems;
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(BulkGenerators)])]
    public Property A_group_gives_the_results_of_each_rule_set_alone(Population population, PositiveInt seed)
    {
        var rnd = new Random(seed.Get);
        var ruleSets = Enumerable.Range(0, rnd.Next(1, 9)).Select(_ => Pool[rnd.Next(Pool.Length)]).ToArray();
        var problems = Differences(population.Households, ruleSets, parallel: false);
        return (problems.Count == 0).Label(string.Join("\n", problems.Take(5)));
    }

    [Property(MaxTest = 40, Arbitrary = [typeof(RegimeGenerators)])]
    public Property A_group_with_composed_regimes_gives_the_results_of_each_alone(ComposedRuleSet composed, PositiveInt seed)
    {
        var households = Gen.Frequency((1, Properties.Generators.HouseholdGen()), (2, BulkGenerators.WildHousehold())).Sample(12, new Rnd((ulong)seed.Get), 40).ToList();
        RuleSet[] ruleSets = [RuleSet.Imk2006, composed.RuleSet, BulkGenerators.RuleSets[seed.Get % BulkGenerators.RuleSets.Count], composed.RuleSet];
        var problems = Differences(households, ruleSets, parallel: false);
        return (problems.Count == 0).Label(composed.Recipe + "\n" + string.Join("\n", problems.Take(5)));
    }

    [Fact]
    public void The_base_rule_and_every_land_profile_agree_over_a_large_population_in_parallel()
    {
        // Several parallel work items (1,024 households each), every Land, the base rule twice.
        var households = Gen.Frequency((1, Properties.Generators.HouseholdGen()), (2, BulkGenerators.WildHousehold())).Sample(12, new Rnd(2006UL), 3_000).ToList();
        RuleSet[] ruleSets = [RuleSet.Imk2006, .. ProfileCatalog.All.Where(p => p.Kind == ProfileKind.Land).Select(ProfileCatalog.ToRuleSet), RuleSet.Imk2006];
        Assert.Empty(Differences(households, ruleSets, parallel: true));
    }

    /// <summary>
    /// Each decision-rule option changed alone (the households of <see cref="Options.EveryOptionMattersTests"/>, where
    /// that option decides the outcome): the base and the changed rule set in one group decide the household as each
    /// alone — so a kernel that reads the option must not take the base's verdict over (ADR 0015 item 7). Also under
    /// § 104a, and with the A31 transition.
    /// </summary>
    [Fact]
    public void A_single_option_change_is_decided_in_a_group_as_alone()
    {
        var convert = (ImkOptions o) => o with { Fallback = o.Fallback with { Convert104a = Convert104a.ConvertPending } };
        foreach (var row in Options.EveryOptionMattersTests.Rows)
        {
            var changed = RuleSet.Imk2006 with { Name = row.OptionId, Options = row.Change(ImkOptions.Base) };
            var converting = RuleSet.Imk2006 with { Name = "A31", Options = convert(ImkOptions.Base) };
            var convertingChanged = RuleSet.Imk2006 with { Name = row.OptionId + "+A31", Options = convert(row.Change(ImkOptions.Base)) };
            Household[] households = [row.Household()];
            Assert.Empty(Differences(households, [RuleSet.Imk2006, changed], parallel: false));
            Assert.Empty(Differences(households, [RuleSet.Imk2006.Under(Regime.S104a), changed.Under(Regime.S104a)], parallel: false));
            Assert.Empty(Differences(households, [converting, convertingChanged], parallel: false));
        }
    }

    /// <summary>
    /// The Residenzpflicht relief (A27) is read by element 29 only for a job not known to lie within the permitted
    /// area, so the group shares livelihood and the results beside it only where every job lies inside (ADR 0015 item
    /// 8): the A27 household of <see cref="Options.EveryOptionMattersTests"/> with its job inside, outside or not known
    /// (after a small job inside, so every job counts, not the first), under every relief, decides as alone.
    /// </summary>
    [Fact]
    public void The_residenzpflicht_relief_is_shared_only_where_every_job_lies_inside()
    {
        var a27 = Options.EveryOptionMattersTests.Rows.Single(r => r.OptionId == "Residence.ResidenzpflichtLifted").Household();
        RuleSet[] ruleSets =
        [
            RuleSet.Imk2006,
            .. Enum.GetValues<ResidenzpflichtRelief>().Select(v => RuleSet.Imk2006 with
            {
                Name = v.ToString(),
                Options = ImkOptions.Base with { Residence = ImkOptions.Base.Residence with { ResidenzpflichtLifted = v } },
            }),
        ];
        foreach (var inside in new bool?[] { true, false, null })
        {
            foreach (var secondInside in new[] { false, true })
            {
                var household = a27 with
                {
                    Members = [.. a27.Members.Select(p => p with
                    {
                        Employments = p.Employments is null ? null :
                        [
                            // A small job inside first, which does not carry livelihood alone: the job after it decides.
                            .. secondInside ? p.Employments.Select(e => e with { WithinPermittedArea = true, NetMonthlyEur = 50m, GrossMonthlyEur = 60m }) : [],
                            .. p.Employments.Select(e => e with { WithinPermittedArea = inside }),
                        ],
                    })],
                };
                Assert.Empty(Differences([household], ruleSets, parallel: false));
            }
        }
    }

    /// <summary>
    /// The passport kernels read the substitute's requirements (identity clarified, no misconduct, embassy visits) only
    /// where a substitute is accepted at all, and the origins it covers always (ADR 0015 item 9): the A12 household
    /// without a passport, with a substitute document, under rule sets that differ in those fields with and without a
    /// substitute, decides in one group as alone.
    /// </summary>
    [Fact]
    public void The_passport_requirements_are_shared_only_where_a_substitute_is_accepted()
    {
        var a12 = Options.EveryOptionMattersTests.Rows.Single(r => r.OptionId == "Passport.SubstituteAccepted").Household();
        var loose = ImkOptions.Base.Passport with { RequiresIdentityClarified = false, RequiresNoMisconduct = false, MinConfirmedEmbassyVisits = 2 };
        var substitute = ImkOptions.Base.Passport with { SubstituteAccepted = PassportSubstituteMode.IdentitySubstituteIfEffortsProven };
        PassportOptions[] passports =
        [
            ImkOptions.Base.Passport,
            loose,
            loose with { AppliesToOrigins = ["XK"] },
            substitute,
            substitute with { RequiresIdentityClarified = false },
            substitute with { MinConfirmedEmbassyVisits = 2 },
            loose with { SubstituteAccepted = PassportSubstituteMode.IdentitySubstituteIfEffortsProven },
        ];
        var ruleSets = passports.Select((p, i) => RuleSet.Imk2006 with { Name = $"passport {i}", Options = ImkOptions.Base with { Passport = p } }).ToArray();
        foreach (var clarified in new bool?[] { true, false, null })
        {
            foreach (var visits in new int?[] { 1, 3 })
            {
                var household = a12 with
                {
                    Members = [.. a12.Members.Select(p => p with
                    {
                        Identity = new IdentityDocuments { ValidPassport = false, SubstituteDocument = true, CredibleEffortsDocumented = true, IdentityClarified = clarified, ConfirmedEmbassyVisits = visits },
                    })],
                };
                Assert.Empty(Differences([household], ruleSets, parallel: false));
                Assert.Empty(Differences([household], [.. ruleSets.Reverse()], parallel: false));
            }
        }
    }

    [Fact]
    public void The_group_is_the_rule_sets_in_order()
    {
        var a = CompiledRuleSet.Compile(RuleSet.Imk2006);
        var b = CompiledRuleSet.Compile(ProfileCatalog.ToRuleSet(ProfileCatalog.All.First(p => p.Kind == ProfileKind.Land)));
        var group = new CompiledRuleSets([b, a, b]);
        Assert.Equal([b, a, b], group);
        Assert.Equal(3, group.Count);
        Assert.Same(a, group[1]);
    }

    [Fact]
    public void Bad_arguments_are_refused_with_the_reason()
    {
        var rules = CompiledRuleSet.Compile(RuleSet.Imk2006);
        Assert.Contains("1 to", Assert.Throws<ArgumentException>(() => new CompiledRuleSets([])).Message, StringComparison.Ordinal);
        Assert.Contains("rule set 1 is null", Assert.Throws<ArgumentException>(() => new CompiledRuleSets([rules, null!])).Message, StringComparison.Ordinal);

        var batch = HouseholdBatch.Create([Properties.Generators.HouseholdGen().Sample(1, new Rnd(1UL), 1).Single()]);
        var group = new CompiledRuleSets([rules, rules]);
        var one = new BulkResult[batch.PersonCount];
        Assert.Contains("2 rule sets", Assert.Throws<ArgumentException>(() => BulkEvaluator.Evaluate(batch, group, [one])).Message, StringComparison.Ordinal);
        Assert.Contains("persons", Assert.Throws<ArgumentException>(() => BulkEvaluator.Evaluate(batch, group, [one, Array.Empty<BulkResult>()])).Message, StringComparison.Ordinal);
    }
}
