using System.Text.Json.Serialization;

namespace Bleiberecht.Rules.Statistics.Reporting;

/// <summary>Source-generated JSON metadata for <see cref="StatisticsReport"/> and <see cref="Gap.PermitGap"/> (no reflection, trimming-safe).</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(StatisticsReport))]
[JsonSerializable(typeof(Gap.PermitGap))]
public sealed partial class StatisticsJsonContext : JsonSerializerContext;
