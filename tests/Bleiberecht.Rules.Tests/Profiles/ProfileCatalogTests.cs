using System.Text.Json;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Profiles;

namespace Bleiberecht.Rules.Tests.Profiles;

public sealed class ProfileCatalogTests
{
    [Fact]
    public void A_profile_rule_set_has_its_description_in_both_languages()
    {
        // The CLI prints English; before, a German description appeared in the middle of English output.
        var be = ProfileCatalog.ToRuleSet(ProfileCatalog.Find("BE")!);
        Assert.Equal(be.Description, be.Title.De);
        Assert.StartsWith("IMK resolution of 17.11.2006 with the practice of Berlin", be.Title.En, StringComparison.Ordinal);
        Assert.DoesNotContain("Option(en)", be.Title.En, StringComparison.Ordinal);
        Assert.Equal("IMK resolution of 17.11.2006 (base rule)", RuleSet.Imk2006.Title.En);
    }

    private static readonly string[] LandCodes = ["BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"];

    [Fact]
    public void Catalogue_has_45_options_32_applied_13_data_only()
    {
        Assert.Equal(45, OptionCatalog.All.Count);
        Assert.Equal(32, OptionCatalog.All.Count(d => d.Group == OptionGroup.DecisionRule));
        Assert.Equal(13, OptionCatalog.All.Count(d => d.Group == OptionGroup.Procedure));
        Assert.All(OptionCatalog.All.Where(d => d.IsApplied), d => Assert.True(OptionApplier.IsApplied(d.Id), d.Id));
        Assert.All(OptionCatalog.All.Where(d => !d.IsApplied), d => Assert.False(OptionApplier.IsApplied(d.Id), d.Id));
        Assert.Equal("Family.MinChildAge", OptionCatalog.Get("A01").Id);
    }

    [Fact]
    public void All_16_Laender_exist_with_their_ISO_codes()
    {
        var lands = ProfileCatalog.All.Where(p => p.Kind == ProfileKind.Land).Select(p => p.Id).ToList();
        Assert.Equal(16, lands.Count);
        Assert.Equal(LandCodes.Order(StringComparer.Ordinal), lands.Order(StringComparer.Ordinal));
        Assert.All(ProfileCatalog.All.Where(p => p.Kind == ProfileKind.Land), p => Assert.Equal(p.Id, p.Land));
    }

    [Fact]
    public void Every_Kommune_has_an_existing_Land()
    {
        var kommunen = ProfileCatalog.All.Where(p => p.Kind == ProfileKind.Kommune).ToList();
        Assert.NotEmpty(kommunen);
        Assert.All(kommunen, k =>
        {
            Assert.Contains(k.Land, LandCodes);
            Assert.StartsWith(k.Land + "-", k.Id, StringComparison.Ordinal);
            Assert.Equal(ProfileKind.Land, ProfileCatalog.Find(k.Land)?.Kind);
        });
    }

    [Theory]
    [InlineData("be", "BE")]
    [InlineData("Bayern", "BY")]
    [InlineData("München", "BY-Muenchen")]
    [InlineData("muenchen", "BY-Muenchen")]
    [InlineData("nw-wuppertal", "NW-Wuppertal")]
    [InlineData("Oder-Spree", "BB-OderSpree")]
    [InlineData("Gütersloh", "NW-Guetersloh")]
    public void Find_accepts_ids_and_names(string query, string expected) =>
        Assert.Equal(expected, ProfileCatalog.Find(query)?.Id);

    [Fact]
    public void Find_unknown_is_null_and_suggests_close_ids()
    {
        Assert.Null(ProfileCatalog.Find("Atlantis"));
        Assert.Contains("NW-Wuppertal", ProfileCatalog.Suggest("Wupertal"));
    }

    [Fact]
    public void Berlin_rule_set_has_child_age_2_and_no_priority_check()
    {
        var rs = ProfileCatalog.ToRuleSet(ProfileCatalog.Find("BE")!);
        Assert.Equal("BE", rs.Name);
        Assert.Equal(2, rs.Options.Family.MinChildAge);
        Assert.Null(rs.Options.LabourMarket.PriorityCheckUntil);
        Assert.True(rs.Options.Employment.SelfEmploymentAccepted);
        Assert.Equal(new DateOnly(2007, 5, 18), rs.Options.Deadline.WorkTakeUp);
        Assert.Contains(Citation.Source("L804-807"), rs.Citations);
        var value = ProfileCatalog.Find("BE")!.Find("Family.MinChildAge")!;
        Assert.Equal(OptionStatus.Stated, value.Status);
        Assert.Equal("L804-807", value.Lines?.Reference);
    }

    [Fact]
    public void Mecklenburg_Vorpommern_absconding_is_no_ground()
    {
        var mv = ProfileCatalog.Find("MV")!;
        Assert.Equal("L1869-1871", mv.Find("Exclusion.AbscondingIsGround")!.Lines?.Reference);
        var rs = ProfileCatalog.ToRuleSet(mv);
        Assert.False(rs.Options.Exclusion.AbscondingIsGround);
        Assert.Contains(Citation.Source("L1869-1871"), rs.Citations);
        Assert.Equal(50, rs.Options.Exclusion.ConvictionDayFinesGeneral);
        Assert.Equal(90, rs.Options.Exclusion.ConvictionDayFinesForeignerOnly);
        Assert.True(ImkOptions.Base.Exclusion.AbscondingIsGround);
    }

    [Fact]
    public void Kommune_inherits_its_Land_and_overrides_with_its_own()
    {
        var nw = ProfileCatalog.Find("NW")!;
        var wuppertal = ProfileCatalog.Find("NW-Wuppertal")!;
        var resolved = ProfileCatalog.Resolve(wuppertal);

        // Inherited from NW (not stated by Wuppertal).
        var weighing = resolved.Find("Exclusion.DeceptionWeighing")!;
        Assert.Equal("NW", weighing.StatedBy);
        Assert.Null(wuppertal.Find("Exclusion.DeceptionWeighing"));

        // Wuppertal's own overrides NW's.
        Assert.Equal("NW-Wuppertal", resolved.Find("Discretion.OverallStance")!.StatedBy);
        Assert.Equal("NW-Wuppertal", resolved.Find("Procedure.Outreach")!.StatedBy);

        var rs = ProfileCatalog.ToRuleSet(wuppertal);
        var nwRs = ProfileCatalog.ToRuleSet(nw);
        Assert.Equal("NW-Wuppertal", rs.Name);
        Assert.Equal(DeceptionWeighing.MinimumWeight, rs.Options.Exclusion.DeceptionWeighing);
        Assert.Equal(Convert104a.ConvertPending, rs.Options.Fallback.Convert104a);
        Assert.Equal(7m, rs.Options.Income.WageFloorMinNetHourlyEur);
        Assert.Null(rs.Options.Income.WageFloorMinShareOfCollectiveWage);
        Assert.Equal(HouseholdCoverage.OneInsuredJobCoversMajority, rs.Options.Income.HouseholdCoverage);
        Assert.Equal(FixedTermAcceptance.IfSectorCustomary, rs.Options.Employment.FixedTermAccepted);
        Assert.Equal(FixedTermAcceptance.PermanentOnly, nwRs.Options.Employment.FixedTermAccepted);
        Assert.Equal(DeceptionWeighing.MinimumWeight, nwRs.Options.Exclusion.DeceptionWeighing);

        // The resolved profile is a new record; the catalogue's own profile is unchanged.
        Assert.NotSame(wuppertal, resolved);
        Assert.Equal(11, wuppertal.Values.Count);
        Assert.Same(nw, ProfileCatalog.Resolve(nw));
    }

    [Fact]
    public void Kommune_override_of_a_record_option_replaces_the_Lands_value()
    {
        var kiel = ProfileCatalog.ToRuleSet(ProfileCatalog.Find("SH-Kiel")!);
        Assert.True(kiel.Options.Deadline.ExtensionAfterDeadline);
        Assert.False(kiel.Options.School.PrognosisRequiredForFamily); // inherited from SH
        Assert.True(kiel.Options.Fallback.OtherHumanitarianTitle);

        var muenchen = ProfileCatalog.ToRuleSet(ProfileCatalog.Find("München")!);
        Assert.Equal(PassportSubstituteMode.IdentitySubstituteIfEffortsProven, muenchen.Options.Passport.SubstituteAccepted);
        Assert.True(muenchen.Options.Passport.RequiresIdentityClarified);
        Assert.Equal(ResidenzpflichtRelief.Lifted, muenchen.Options.Residence.ResidenzpflichtLifted);

        var oderSpree = ProfileCatalog.ToRuleSet(ProfileCatalog.Find("BB-OderSpree")!);
        Assert.Equal(3, oderSpree.Options.Passport.MinConfirmedEmbassyVisits);
        Assert.True(oderSpree.Options.Passport.RequiresNoMisconduct);
        Assert.Equal(ResidenzpflichtRelief.TemporaryOnRequest, oderSpree.Options.Residence.ResidenzpflichtLifted); // from BB
    }

    [Fact]
    public void KeptBase_is_cited_but_keeps_the_base_while_not_stated_is_not_cited()
    {
        var by = ProfileCatalog.Find("BY")!;
        var kept = by.Find("Deadline.WorkTakeUp")!;
        Assert.Equal(OptionStatus.KeptBase, kept.Status);
        var rs = ProfileCatalog.ToRuleSet(by);
        Assert.Equal(ImkOptions.Base.Deadline, rs.Options.Deadline);
        Assert.Contains(kept.Lines!, rs.Citations);

        Assert.Contains("Family.MinChildAge", ProfileCatalog.NotStated(by));
        Assert.DoesNotContain("Deadline.WorkTakeUp", ProfileCatalog.NotStated(by));

        var st = ProfileCatalog.ToRuleSet(ProfileCatalog.Find("ST")!);
        Assert.Equal(ImkOptions.Base, st.Options);
        Assert.Empty(st.Citations);
        Assert.Equal(45, ProfileCatalog.NotStated(ProfileCatalog.Find("ST")!).Count);
    }

    [Fact]
    public void Applying_profiles_leaves_the_base_unchanged()
    {
        var before = new ImkOptions();
        Assert.Equal(before, ImkOptions.Base);
        foreach (var p in ProfileCatalog.All)
        {
            var rs = ProfileCatalog.ToRuleSet(p);
            Assert.NotNull(rs.Options);
        }

        Assert.Equal(before, ImkOptions.Base);
        Assert.Equal(ImkOptions.Base, RuleSet.Imk2006.Options);
        Assert.Equal(3, ImkOptions.Base.Family.MinChildAge);
        Assert.Equal(new DateOnly(2007, 4, 26), ImkOptions.Base.LabourMarket.PriorityCheckUntil);
    }

    [Fact]
    public void Every_option_in_profiles_is_known_and_applies_without_error()
    {
        var count = 0;
        foreach (var p in ProfileCatalog.All)
        {
            foreach (var v in p.Values)
            {
                Assert.NotNull(OptionCatalog.Find(v.OptionId));
                Assert.NotNull(v.Lines);
                var applied = OptionApplier.Apply(ImkOptions.Base, v);
                Assert.NotNull(applied);
                if (!OptionApplier.IsApplied(v.OptionId))
                {
                    // Group (b) is recorded in Procedure only: every eligibility parameter stays the base's.
                    Assert.Equal(ImkOptions.Base with { Procedure = applied.Procedure }, applied);
                }

                count++;
            }
        }

        Assert.True(count > 100, $"only {count} values");
    }

    [Fact]
    public void Unknown_id_and_wrong_type_give_clear_errors()
    {
        using var doc = JsonDocument.Parse("""{"n": "two", "d": "18.05.2007", "e": "Sometimes", "ok": 2}""");
        var root = doc.RootElement;
        var unknown = Assert.Throws<ProfileDataException>(() => OptionApplier.Apply(ImkOptions.Base, "Family.MaxChildAge", root.GetProperty("ok")));
        Assert.Contains("Family.MaxChildAge", unknown.Message, StringComparison.Ordinal);

        var wrongInt = Assert.Throws<ProfileDataException>(() => OptionApplier.Apply(ImkOptions.Base, "Family.MinChildAge", root.GetProperty("n")));
        Assert.Contains("Family.MinChildAge", wrongInt.Message, StringComparison.Ordinal);
        Assert.Contains("int", wrongInt.Message, StringComparison.Ordinal);

        var wrongDate = Assert.Throws<ProfileDataException>(() => OptionApplier.Apply(ImkOptions.Base, "Deadline.Application", root.GetProperty("d")));
        Assert.Contains("DateOnly", wrongDate.Message, StringComparison.Ordinal);

        var wrongEnum = Assert.Throws<ProfileDataException>(() => OptionApplier.Apply(ImkOptions.Base, "Residence.ResidenzpflichtLifted", root.GetProperty("e")));
        Assert.Contains("ResidenzpflichtRelief", wrongEnum.Message, StringComparison.Ordinal);

        var ok = OptionApplier.Apply(ImkOptions.Base, "Family.MinChildAge", root.GetProperty("ok"));
        Assert.Equal(2, ok.Family.MinChildAge);
        Assert.Equal(3, ImkOptions.Base.Family.MinChildAge);
    }

    [Fact]
    public void Passport_null_subfields_keep_the_default()
    {
        using var doc = JsonDocument.Parse("""{"mode": "CredibleEffortsSuffice", "minConfirmedEmbassyVisits": null, "requiresIdentityClarified": null, "requiresNoMisconduct": false, "appliesToOrigins": null}""");
        var o = OptionApplier.Apply(ImkOptions.Base, "Passport.SubstituteAccepted", doc.RootElement);
        Assert.Equal(PassportSubstituteMode.CredibleEffortsSuffice, o.Passport.SubstituteAccepted);
        Assert.Null(o.Passport.MinConfirmedEmbassyVisits);
        Assert.True(o.Passport.RequiresIdentityClarified);
        Assert.False(o.Passport.RequiresNoMisconduct);
        Assert.Null(o.Passport.AppliesToOrigins);
    }

    [Fact]
    public void Decrees_keep_exact_dates_and_source_texts()
    {
        var nw = ProfileCatalog.Find("NW")!;
        Assert.Equal(5, nw.Decrees.Count);
        Assert.Contains(nw.Decrees, d => d.Date == new DateOnly(2007, 3, 23));
        var by = ProfileCatalog.Find("BY")!;
        Assert.All(by.Decrees, d => Assert.Null(d.Date));
        Assert.All(by.Decrees, d => Assert.False(string.IsNullOrEmpty(d.DateText)));
    }

    [Fact]
    public void RuleSetFor_finds_profiles_by_id_or_name_and_the_base_and_suggests_on_a_typo()
    {
        Assert.Equal(ProfileCatalog.ToRuleSet(ProfileCatalog.Find("BY")!).Options, ProfileCatalog.RuleSetFor("Bayern").Options);
        Assert.Equal("BY", ProfileCatalog.RuleSetFor("by").Name);
        Assert.Same(RuleSet.Imk2006, ProfileCatalog.RuleSetFor("base"));
        var e = Assert.Throws<ArgumentException>(() => ProfileCatalog.RuleSetFor("NW-Wupertal"));
        Assert.Contains("NW-Wuppertal", e.Message, StringComparison.Ordinal);
    }
}
