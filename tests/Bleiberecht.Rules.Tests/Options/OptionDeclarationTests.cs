using System.Text.Json;
using System.Text.Json.Nodes;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Options.Declarations;
using Bleiberecht.Rules.Profiles;

namespace Bleiberecht.Rules.Tests.Options;

/// <summary>
/// Issue 9, item 3: each option is declared once (Options/Declarations); the catalogue's data (labels, notes) must
/// agree with the declarations, and the applier, range checks and schema derived from them must agree with each other
/// and with the profiles' stated values as discretion-options.md / land-profiles.md give them.
/// </summary>
public sealed class OptionDeclarationTests
{
    [Fact]
    public void Catalogue_and_declarations_name_the_same_options_in_the_same_order()
    {
        Assert.Equal(OptionCatalog.All.Select(d => d.Id), OptionDeclarations.All.Select(d => d.Id));
        Assert.Equal(OptionCatalog.All.Select(d => d.Number), OptionDeclarations.All.Select(d => d.Number));
        Assert.Equal(49, OptionDeclarations.All.Count);
    }

    /// <summary>The catalogue's group (data) and the declaration's group (from its number) agree.</summary>
    [Fact]
    public void Catalogue_and_declarations_agree_on_the_group()
    {
        Assert.All(OptionDeclarations.All, d => Assert.Equal(OptionCatalog.Get(d.Id).Group, d.Group));
        Assert.Equal(36, OptionDeclarations.All.Count(d => d.Group == OptionGroup.DecisionRule));
    }

    /// <summary>Enum members come from the enum types themselves; these are discretion-options.md's member lists, so a renamed member fails here.</summary>
    [Fact]
    public void Enum_members_are_the_enum_names()
    {
        Assert.Equal(["No", "TemporaryOnRequest", "RoutineOnRequest", "ForJobSearchDuldungHolders", "Lifted", "SomeKommunen"], OptionCatalog.Get("A27").Members);
        Assert.Equal(["No", "FirstGrantOnly", "Yes"], OptionCatalog.Get("Housing.CommunalShelterAccepted").Members);
        Assert.Equal(["S25Abs4", "S25Abs5", "S23aHardshipCommission"], OptionCatalog.Get("A32").Members);
        Assert.Equal(["PassportOnly", "IdentitySubstituteIfEffortsProven", "CredibleEffortsSuffice", "SubstituteOnJobOfferPassportLater"], OptionCatalog.Get("A12").Members);
    }

    /// <summary>
    /// Where the catalogue states a base, applying it to <see cref="ImkOptions.Base"/> changes nothing: the typed
    /// defaults and the catalogue's base are the same value. A12 is the one exception, by the catalogue's own note:
    /// its base record lists the substitute's conditions as false, which is irrelevant under PassportOnly (no
    /// substitute is accepted), while ImkOptions keeps them true for when a Land accepts a substitute (München, L657-661).
    /// </summary>
    [Fact]
    public void Stated_catalogue_bases_are_the_typed_defaults()
    {
        var compared = 0;
        foreach (var c in OptionCatalog.All.Where(c => c.Base.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)))
        {
            var applied = OptionApplier.Apply(ImkOptions.Base, c.Id, c.Base);
            if (c.Id == "Passport.SubstituteAccepted")
            {
                Assert.Equal(PassportSubstituteMode.PassportOnly, applied.Passport.SubstituteAccepted);
            }
            else
            {
                Assert.True(ImkOptions.Base == applied, $"{c.Number} {c.Id}: catalogue base {c.Base} differs from ImkOptions.Base");
            }

            compared++;
        }

        Assert.True(compared >= 20, $"only {compared} bases compared");
    }

    /// <summary>The schema's bounds and the range check come from one declaration: max passes, max + 1 fails.</summary>
    [Fact]
    public void Schema_bounds_and_range_checks_agree()
    {
        var bounded = 0;
        foreach (var d in OptionDeclarations.All)
        {
            var schema = d.Schema();
            var fields = schema["properties"] is JsonObject p ? p.Select(kv => (Name: (string?)kv.Key, Schema: kv.Value!.AsObject())) : [(Name: (string?)null, Schema: schema)];
            foreach (var (name, field) in fields)
            {
                if (field["maximum"] is not { } max)
                {
                    continue;
                }

                var top = max.GetValue<decimal>();
                string Json(decimal v) => name is null ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{{\"{name}\": {v.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}";
                using var ok = JsonDocument.Parse(Json(top));
                using var over = JsonDocument.Parse(Json(top + 1));
                using var under = JsonDocument.Parse(Json(field["minimum"]!.GetValue<decimal>() - 1));
                Assert.Empty(d.CheckRange(ok.RootElement));
                Assert.Single(d.CheckRange(over.RootElement));
                Assert.Single(d.CheckRange(under.RootElement));
                bounded++;
            }
        }

        // A01, A03, A07, A08 (2 fields), A12 visits, A15, A17 (2 fields), A34, A35, A36, P04, P12 (2 fields).
        Assert.Equal(15, bounded);
    }

    /// <summary>
    /// The derived applier gives Berlin exactly the values land-profiles.md lists for it (BE, "Stated option values",
    /// L798-853, L921-937, L4546-4548) on top of the base, and nothing else.
    /// </summary>
    [Fact]
    public void Berlin_gets_exactly_its_stated_values()
    {
        var b = ImkOptions.Base;
        var expected = b with
        {
            Family = b.Family with { MinChildAge = 2 },
            Employment = b.Employment with { SelfEmploymentAccepted = true },
            Passport = b.Passport with { SubstituteAccepted = PassportSubstituteMode.PassportOnly, RequiresIdentityClarified = false, RequiresNoMisconduct = false },
            Exclusion = b.Exclusion with { DeceptionRequiresCausality = false },
            LabourMarket = b.LabourMarket with { PriorityCheckUntil = null },
            Deadline = b.Deadline with { WorkTakeUp = new DateOnly(2007, 5, 18), ExtensionAfterDeadline = false, Application = new DateOnly(2007, 5, 18) },
            Procedure = b.Procedure with { Outreach = Outreach.LawyersAndNoticeOnly, EmployerCertificate = EmployerCertificate.InfoSheet, OverallStance = OverallStance.Restrictive },
        };
        Assert.Equal(expected, ProfileCatalog.RuleSetFor("BE").Options);
    }

    /// <summary>Hamburg (land-profiles.md, HH, L1442-1513, L3986-3990): the Arbeitsagentur's floor and minimum, no temp agencies, § 104a conversion.</summary>
    [Fact]
    public void Hamburg_gets_exactly_its_stated_values()
    {
        var b = ImkOptions.Base;
        var expected = b with
        {
            Employment = b.Employment with { TempAgencyAccepted = false },
            Income = b.Income with { MinimumGrossForSingle = 1000m, WageFloorMinShareOfCollectiveWage = 0.7m, WageFloorMinNetHourlyEur = null },
            LabourMarket = b.LabourMarket with { TrainingAdditionalityCheck = false },
            Fallback = b.Fallback with { Convert104a = Convert104a.ConvertPending },
            Procedure = b.Procedure with { Outreach = Outreach.WrittenToPreScreened, BAConsentTurnaroundWeeksMin = 4, BAConsentTurnaroundWeeksMax = 6 },
        };
        Assert.Equal(expected, ProfileCatalog.RuleSetFor("HH").Options);
    }

    [Fact]
    public void Every_group_a_option_has_a_chain_or_a_reason()
    {
        Assert.All(DecisionRuleOptions.All, d => Assert.True(d.Chains.Count > 0 || d.NotOrderedReason is not null, d.Id));
        Assert.All(ProcedureOptionDeclarations.All, d => Assert.Empty(d.Chains));
    }
}
