using System.Globalization;
using System.Text.Json;
using Bleiberecht.Rules.Options;

namespace Bleiberecht.Rules.Profiles;

/// <summary>
/// Maps an option id and its JSON value (profiles.json encoding) onto a new <see cref="ImkOptions"/> via <c>with</c>.
/// Group (a) options are applied; group (b) options are data only and leave the options unchanged; unknown ids and
/// values of the wrong type raise a <see cref="ProfileDataException"/> naming the option and the expected type.
/// The input is never mutated.
/// </summary>
public static class OptionApplier
{
    /// <summary>The group (a) option ids that have a property in <see cref="ImkOptions"/> and are applied.</summary>
    public static IReadOnlyList<string> AppliedIds { get; } =
    [
        "Family.MinChildAge", "Employment.FixedTermAccepted", "Employment.MinPriorEmploymentMonths",
        "Employment.TempAgencyAccepted", "Employment.SelfEmploymentAccepted", "Employment.TrainingCounts",
        "Income.MinimumGrossForSingle", "Income.WageFloor", "Income.HouseholdCoverage",
        "Income.TemporaryBenefitsTolerated", "Income.NotionalChildAndHousingBenefit", "Passport.SubstituteAccepted",
        "Exclusion.DeceptionRequiresCausality", "Exclusion.DeceptionWeighing", "Exclusion.DeceptionLookbackYears",
        "Exclusion.AbscondingIsGround", "Exclusion.ConvictionDayFineThreshold", "Exclusion.ConvictionDiscretionaryOverride",
        "Family.ExclusionScope", "School.PrognosisRequiredForFamily", "Housing.CommunalShelterAccepted",
        "Language.ProofMode", "Language.DeficitOutcome", "LabourMarket.PriorityCheckUntil",
        "LabourMarket.WorkingConditionsCheckUntil", "LabourMarket.TrainingAdditionalityCheck",
        "Residence.ResidenzpflichtLifted", "Duldung.WorkPermittedAnnotation", "Deadline.WorkTakeUp",
        "Deadline.Application", "Fallback.Convert104a", "Fallback.OtherHumanitarianTitle",
    ];

    /// <summary>True if <paramref name="optionId"/> changes <see cref="ImkOptions"/> (group a); false for data-only ids.</summary>
    /// <exception cref="ProfileDataException">The id is not in the catalogue.</exception>
    public static bool IsApplied(string optionId)
    {
        var def = OptionCatalog.Get(optionId);
        return def.IsApplied && AppliedIds.Contains(def.Id, StringComparer.Ordinal);
    }

    /// <summary>Applies a profile value (its <see cref="OptionValue.Status"/> is not consulted here).</summary>
    public static ImkOptions Apply(ImkOptions options, OptionValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Apply(options, value.OptionId, value.Value);
    }

    /// <summary>
    /// Returns <paramref name="options"/> with option <paramref name="optionId"/> set to <paramref name="value"/>.
    /// A JSON <c>null</c> for a nullable option sets null where <see cref="ImkOptions"/> can hold it (e.g.
    /// <c>LabourMarket.PriorityCheckUntil</c> = never applied) and keeps the current value otherwise; a null record
    /// sub-field keeps the current value.
    /// </summary>
    /// <exception cref="ProfileDataException">Unknown option id, or the value has the wrong type.</exception>
    public static ImkOptions Apply(ImkOptions options, string optionId, JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(optionId);
        var def = OptionCatalog.Get(optionId);
        var id = def.Id;
        var o = options;
        switch (id)
        {
            case "Family.MinChildAge":
                return Int(id, value) is { } age ? o with { Family = o.Family with { MinChildAge = age } } : o;
            case "Family.ExclusionScope":
                return o with { Family = o.Family with { ExclusionScope = Enum<ExclusionScope>(id, value) } };
            case "Employment.FixedTermAccepted":
                return o with { Employment = o.Employment with { FixedTermAccepted = Enum<FixedTermAcceptance>(id, value) } };
            case "Employment.MinPriorEmploymentMonths":
                return o with { Employment = o.Employment with { MinPriorEmploymentMonths = Int(id, value) } };
            case "Employment.TempAgencyAccepted":
                return o with { Employment = o.Employment with { TempAgencyAccepted = Bool(id, value) } };
            case "Employment.SelfEmploymentAccepted":
                return o with { Employment = o.Employment with { SelfEmploymentAccepted = Bool(id, value) } };
            case "Employment.TrainingCounts":
                return o with { Employment = o.Employment with { TrainingCounts = Enum<TrainingAcceptance>(id, value) } };
            case "Income.MinimumGrossForSingle":
                return o with { Income = o.Income with { MinimumGrossForSingle = Decimal(id, value) } };
            case "Income.WageFloor":
            {
                Expect(id, value, JsonValueKind.Object, "record { minShareOfCollectiveOrLocalWage: decimal?, minNetHourlyEur: decimal? }");
                return o with
                {
                    Income = o.Income with
                    {
                        WageFloorMinShareOfCollectiveWage = Decimal(id + ".minShareOfCollectiveOrLocalWage", Field(value, "minShareOfCollectiveOrLocalWage")),
                        WageFloorMinNetHourlyEur = Decimal(id + ".minNetHourlyEur", Field(value, "minNetHourlyEur")),
                    },
                };
            }

            case "Income.HouseholdCoverage":
                return o with { Income = o.Income with { HouseholdCoverage = Enum<HouseholdCoverage>(id, value) } };
            case "Income.TemporaryBenefitsTolerated":
                return o with { Income = o.Income with { TemporaryBenefitsTolerated = Bool(id, value) } };
            case "Income.NotionalChildAndHousingBenefit":
                return o with { Income = o.Income with { NotionalChildAndHousingBenefit = Bool(id, value) } };
            case "Passport.SubstituteAccepted":
                return o with { Passport = Passport(id, value, o.Passport) };
            case "Exclusion.DeceptionRequiresCausality":
                return o with { Exclusion = o.Exclusion with { DeceptionRequiresCausality = Bool(id, value) } };
            case "Exclusion.DeceptionWeighing":
                return o with { Exclusion = o.Exclusion with { DeceptionWeighing = Enum<DeceptionWeighing>(id, value) } };
            case "Exclusion.DeceptionLookbackYears":
                return o with { Exclusion = o.Exclusion with { DeceptionLookbackYears = Int(id, value) } };
            case "Exclusion.AbscondingIsGround":
                return o with { Exclusion = o.Exclusion with { AbscondingIsGround = Bool(id, value) } };
            case "Exclusion.ConvictionDayFineThreshold":
            {
                Expect(id, value, JsonValueKind.Object, "record { general: int, foreignerOnlyOffences: int }");
                var general = Int(id + ".general", Field(value, "general"));
                var foreignerOnly = Int(id + ".foreignerOnlyOffences", Field(value, "foreignerOnlyOffences"));
                return o with
                {
                    Exclusion = o.Exclusion with
                    {
                        ConvictionDayFinesGeneral = general ?? o.Exclusion.ConvictionDayFinesGeneral,
                        ConvictionDayFinesForeignerOnly = foreignerOnly ?? o.Exclusion.ConvictionDayFinesForeignerOnly,
                    },
                };
            }

            case "Exclusion.ConvictionDiscretionaryOverride":
                return o with { Exclusion = o.Exclusion with { ConvictionDiscretionaryOverride = Bool(id, value) } };
            case "School.PrognosisRequiredForFamily":
                return o with { School = o.School with { PrognosisRequiredForFamily = Bool(id, value) } };
            case "Housing.CommunalShelterAccepted":
                return value.ValueKind == JsonValueKind.Null
                    ? o
                    : o with { Housing = o.Housing with { CommunalShelterAccepted = Enum<CommunalShelterAcceptance>(id, value) } };
            case "Language.ProofMode":
                return o with { Language = o.Language with { ProofMode = Enum<LanguageProofMode>(id, value) } };
            case "Language.DeficitOutcome":
                return o with { Language = o.Language with { DeficitOutcome = Enum<LanguageDeficitOutcome>(id, value) } };
            case "LabourMarket.PriorityCheckUntil":
                return o with { LabourMarket = o.LabourMarket with { PriorityCheckUntil = Date(id, value) } };
            case "LabourMarket.WorkingConditionsCheckUntil":
                return o with { LabourMarket = o.LabourMarket with { WorkingConditionsCheckUntil = Date(id, value) } };
            case "LabourMarket.TrainingAdditionalityCheck":
                return o with { LabourMarket = o.LabourMarket with { TrainingAdditionalityCheck = Bool(id, value) } };
            case "Residence.ResidenzpflichtLifted":
                return o with { Residence = o.Residence with { ResidenzpflichtLifted = Enum<ResidenzpflichtRelief>(id, value) } };
            case "Duldung.WorkPermittedAnnotation":
                return o with { Duldung = o.Duldung with { WorkPermittedAnnotation = Bool(id, value) } };
            case "Deadline.WorkTakeUp":
            {
                Expect(id, value, JsonValueKind.Object, "record { date: DateOnly, extensionAfterDeadline: bool }");
                var date = Date(id + ".date", Field(value, "date"));
                var extension = Field(value, "extensionAfterDeadline");
                return o with
                {
                    Deadline = o.Deadline with
                    {
                        WorkTakeUp = date ?? o.Deadline.WorkTakeUp,
                        ExtensionAfterDeadline = Absent(extension)
                            ? o.Deadline.ExtensionAfterDeadline
                            : Bool(id + ".extensionAfterDeadline", extension),
                    },
                };
            }

            case "Deadline.Application":
                return o with { Deadline = o.Deadline with { Application = Date(id, value) } };
            case "Fallback.Convert104a":
                return o with { Fallback = o.Fallback with { Convert104a = Enum<Convert104a>(id, value) } };
            case "Fallback.OtherHumanitarianTitle":
                // The catalogue type is a set of titles; ImkOptions holds only "are other titles considered".
                return o with { Fallback = o.Fallback with { OtherHumanitarianTitle = Set(id, value, def.Members).Count > 0 } };
            case "Procedure.RegionalConsentRequired":
                return o with { Procedure = o.Procedure with { RegionalConsentRequired = Bool(id, value) } };
            case "Procedure.CentralisedAuthority":
                return o with { Procedure = o.Procedure with { CentralisedAuthority = Bool(id, value) } };
            case "Procedure.DirectPermitWithoutDuldungStage":
                return o with { Procedure = o.Procedure with { DirectPermitWithoutDuldungStage = value.ValueKind == JsonValueKind.Null ? null : Bool(id, value) } };
            case "Procedure.FastTrackOnJobOffer":
                return o with { Procedure = o.Procedure with { FastTrackOnJobOfferDays = Int(id, value) } };
            case "Procedure.FinalDecisionDeadline":
                return o with { Procedure = o.Procedure with { FinalDecisionDeadline = Date(id, value) } };
            case "Passport.MissingPassportHandling":
                return o with { Procedure = o.Procedure with { MissingPassportHandling = value.ValueKind == JsonValueKind.Null ? null : Enum<MissingPassportHandling>(id, value) } };
            case "Procedure.Outreach":
                return o with { Procedure = o.Procedure with { Outreach = value.ValueKind == JsonValueKind.Null ? null : Enum<Outreach>(id, value) } };
            case "Procedure.PreScreening":
                return o with { Procedure = o.Procedure with { PreScreening = Enum<PreScreening>(id, value) } };
            case "Procedure.DeportationStopWhilePending":
                if (value.ValueKind == JsonValueKind.Null)
                {
                    return o with { Procedure = o.Procedure with { DeportationStopFrom = null, DeportationStopUntil = null } };
                }

                Expect(id, value, JsonValueKind.Object, "record {from, until}");
                return o with { Procedure = o.Procedure with { DeportationStopFrom = Date(id, Field(value, "from")), DeportationStopUntil = Date(id, Field(value, "until")) } };
            case "Procedure.EmployerCertificate":
                return o with { Procedure = o.Procedure with { EmployerCertificate = Enum<EmployerCertificate>(id, value) } };
            case "Procedure.IntegrationAgreement":
                return o with { Procedure = o.Procedure with { IntegrationAgreement = value.ValueKind == JsonValueKind.Null ? null : Bool(id, value) } };
            case "Procedure.BAConsentTurnaroundWeeks":
                if (value.ValueKind == JsonValueKind.Null)
                {
                    return o with { Procedure = o.Procedure with { BAConsentTurnaroundWeeksMin = null, BAConsentTurnaroundWeeksMax = null } };
                }

                Expect(id, value, JsonValueKind.Object, "record {min, max}");
                return o with { Procedure = o.Procedure with { BAConsentTurnaroundWeeksMin = Int(id, Field(value, "min")), BAConsentTurnaroundWeeksMax = Int(id, Field(value, "max")) } };
            case "Discretion.OverallStance":
                return o with { Procedure = o.Procedure with { OverallStance = value.ValueKind == JsonValueKind.Null ? null : Enum<OverallStance>(id, value) } };
            default:
                if (def.IsApplied)
                {
                    throw new ProfileDataException(id, "group (a) option has no ImkOptions property and cannot be applied");
                }

                ValidateDataOnly(def, value);
                return o;
        }
    }

    private static PassportOptions Passport(string id, JsonElement value, PassportOptions current)
    {
        Expect(id, value, JsonValueKind.Object,
            "record { mode: enum, minConfirmedEmbassyVisits: int?, requiresIdentityClarified: bool, requiresNoMisconduct: bool, appliesToOrigins: string[]? }");
        var mode = Field(value, "mode");
        var visits = Field(value, "minConfirmedEmbassyVisits");
        var identity = Field(value, "requiresIdentityClarified");
        var misconduct = Field(value, "requiresNoMisconduct");
        var origins = Field(value, "appliesToOrigins");
        return current with
        {
            SubstituteAccepted = Absent(mode) ? current.SubstituteAccepted : Enum<PassportSubstituteMode>(id + ".mode", mode),
            MinConfirmedEmbassyVisits = Int(id + ".minConfirmedEmbassyVisits", visits) ?? current.MinConfirmedEmbassyVisits,
            RequiresIdentityClarified = Absent(identity) ? current.RequiresIdentityClarified : Bool(id + ".requiresIdentityClarified", identity),
            RequiresNoMisconduct = Absent(misconduct) ? current.RequiresNoMisconduct : Bool(id + ".requiresNoMisconduct", misconduct),
            AppliesToOrigins = Absent(origins) ? current.AppliesToOrigins : Set(id + ".appliesToOrigins", origins, []),
        };
    }

    /// <summary>A record sub-field given as null or left out keeps the current value.</summary>
    private static bool Absent(JsonElement value) => value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    private static void ValidateDataOnly(OptionDefinition def, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null || def.Members.Count == 0)
        {
            return;
        }

        if (def.Type == "enum")
        {
            var s = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (s is null || !def.Members.Contains(s, StringComparer.Ordinal))
            {
                throw WrongType(def.Id, $"enum ({string.Join("|", def.Members)})", value);
            }
        }
    }

    private static JsonElement Field(JsonElement record, string name) =>
        record.TryGetProperty(name, out var v) ? v : default;

    private static void Expect(string id, JsonElement value, JsonValueKind kind, string expected)
    {
        if (value.ValueKind != kind)
        {
            throw WrongType(id, expected, value);
        }
    }

    private static int? Int(string id, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number when value.TryGetInt32(out var i) => i,
        _ => throw WrongType(id, "int (JSON integer) or null", value),
    };

    private static decimal? Decimal(string id, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number when value.TryGetDecimal(out var d) => d,
        _ => throw WrongType(id, "decimal (JSON number) or null", value),
    };

    private static bool Bool(string id, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw WrongType(id, "bool (true/false)", value),
    };

    private static DateOnly? Date(string id, JsonElement value)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        throw WrongType(id, "DateOnly (\"YYYY-MM-DD\") or null", value);
    }

    private static T Enum<T>(string id, JsonElement value)
        where T : struct, System.Enum
    {
        var s = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (s is not null && System.Enum.GetNames<T>().Contains(s, StringComparer.Ordinal))
        {
            return System.Enum.Parse<T>(s);
        }

        throw WrongType(id, $"{typeof(T).Name} ({string.Join("|", System.Enum.GetNames<T>())})", value);
    }

    private static List<string> Set(string id, JsonElement value, IReadOnlyList<string> members)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw WrongType(id, members.Count > 0 ? $"array of ({string.Join("|", members)})" : "array of strings", value);
        }

        var result = new List<string>();
        foreach (var e in value.EnumerateArray())
        {
            var s = e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            if (s is null || (members.Count > 0 && !members.Contains(s, StringComparer.Ordinal)))
            {
                throw WrongType(id, members.Count > 0 ? $"array of ({string.Join("|", members)})" : "array of strings", value);
            }

            result.Add(s);
        }

        return result;
    }

    private static ProfileDataException WrongType(string id, string expected, JsonElement value) =>
        new(id, string.Create(CultureInfo.InvariantCulture,
            $"expected {expected}, got {(value.ValueKind == JsonValueKind.Undefined ? "nothing" : JsonText.Compact(value))}"));
}
