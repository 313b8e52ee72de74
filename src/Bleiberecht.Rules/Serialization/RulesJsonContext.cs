using System.Text.Json.Serialization;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;

namespace Bleiberecht.Rules.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for the case format and decisions: no reflection at run time, and
/// unknown properties are rejected so that a misspelt fact is an error instead of a silently unknown fact, and enum
/// facts are read by name only (<see cref="EnumNameConverter{T}"/>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    WriteIndented = true,
    Converters =
    [
        typeof(EnumNameConverter<HouseholdRole>), typeof(EnumNameConverter<CefrLevel>), typeof(EnumNameConverter<EmploymentKind>),
        typeof(EnumNameConverter<Culpability>), typeof(EnumNameConverter<SentenceKind>), typeof(EnumNameConverter<ResidenceStatus>),
        typeof(EnumNameConverter<MisconductKind>), typeof(EnumNameConverter<ApplicationBasis>),
    ])]
[JsonSerializable(typeof(Household))]
[JsonSerializable(typeof(List<Household>))]
[JsonSerializable(typeof(HouseholdDecision))]
[JsonSerializable(typeof(List<HouseholdDecision>))]
public sealed partial class RulesJsonContext : JsonSerializerContext;
