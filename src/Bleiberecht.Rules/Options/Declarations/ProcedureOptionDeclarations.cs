using Bleiberecht.Rules.Explanation;
using static Bleiberecht.Rules.Options.Declarations.OptionCodecs;

namespace Bleiberecht.Rules.Options.Declarations;

/// <summary>
/// Group (b) of discretion-options.md, P01-P13: procedural options, recorded on <see cref="ImkOptions.Procedure"/>
/// for simulation and explanation. No rule element reads them, so they have no generosity order (direction P).
/// </summary>
public static class ProcedureOptionDeclarations
{
    private const string Procedural = "Procedural (catalogue direction P): shapes timing and the share of undecided cases, never eligibility.";

    /// <summary>P01: the regional government had to consent to each grant (BW).</summary>
    public static readonly OptionDeclaration<bool> RegionalConsentRequired = P("P01", "Procedure.RegionalConsentRequired", static p => p.RegionalConsentRequired, static (p, v) => p with { RegionalConsentRequired = v }, Bool());

    /// <summary>P02: one central authority decided for the Land.</summary>
    public static readonly OptionDeclaration<bool> CentralisedAuthority = P("P02", "Procedure.CentralisedAuthority", static p => p.CentralisedAuthority, static (p, v) => p with { CentralisedAuthority = v }, Bool());

    /// <summary>P03: permit directly on a job offer without the job-search Duldung stage.</summary>
    public static readonly OptionDeclaration<bool?> DirectPermitWithoutDuldungStage = P("P03", "Procedure.DirectPermitWithoutDuldungStage", static p => p.DirectPermitWithoutDuldungStage, static (p, v) => p with { DirectPermitWithoutDuldungStage = v }, NullableBool());

    /// <summary>P04: working days to decide once a job offer is shown.</summary>
    public static readonly OptionDeclaration<int?> FastTrackOnJobOffer = P("P04", "Procedure.FastTrackOnJobOffer", static p => p.FastTrackOnJobOfferDays, static (p, v) => p with { FastTrackOnJobOfferDays = v }, NullableInt(new(0, 365, "working days")));

    /// <summary>P05: date by which all applications must be finally decided.</summary>
    public static readonly OptionDeclaration<DateOnly?> FinalDecisionDeadline = P("P05", "Procedure.FinalDecisionDeadline", static p => p.FinalDecisionDeadline, static (p, v) => p with { FinalDecisionDeadline = v }, NullableDate());

    /// <summary>P06: how a missing passport is handled procedurally.</summary>
    public static readonly OptionDeclaration<MissingPassportHandling?> MissingPassportHandling = P("P06", "Passport.MissingPassportHandling", static p => p.MissingPassportHandling, static (p, v) => p with { MissingPassportHandling = v }, NullableEnum<MissingPassportHandling>());

    /// <summary>P07: how potential applicants were informed.</summary>
    public static readonly OptionDeclaration<Outreach?> Outreach = P("P07", "Procedure.Outreach", static p => p.Outreach, static (p, v) => p with { Outreach = v }, NullableEnum<Outreach>(), Citation.Source("L213-217"));

    /// <summary>P08: pre-screening of potential applicants.</summary>
    public static readonly OptionDeclaration<PreScreening> PreScreening = P("P08", "Procedure.PreScreening", static p => p.PreScreening, static (p, v) => p with { PreScreening = v }, Enum<PreScreening>());

    /// <summary>P09: deportation stop while applications are pending (null = none).</summary>
    public static readonly OptionDeclaration<(DateOnly? From, DateOnly? Until)> DeportationStopWhilePending = P<(DateOnly? From, DateOnly? Until)>(
        "P09",
        "Procedure.DeportationStopWhilePending",
        static p => (p.DeportationStopFrom, p.DeportationStopUntil),
        static (p, v) => p with { DeportationStopFrom = v.From, DeportationStopUntil = v.Until },
        Record<(DateOnly? From, DateOnly? Until)>(
            "(DateOnly From, DateOnly? Until)?",
            static () => (null, null),
            null,
            Field<(DateOnly? From, DateOnly? Until), DateOnly?>("from", NullableDateField("DateOnly"), static v => v.From, static (v, f) => v with { From = f }),
            Field<(DateOnly? From, DateOnly? Until), DateOnly?>("until", NullableDateField("DateOnly?"), static v => v.Until, static (v, f) => v with { Until = f })));

    /// <summary>P10: documents given to employers.</summary>
    public static readonly OptionDeclaration<EmployerCertificate> EmployerCertificate = P("P10", "Procedure.EmployerCertificate", static p => p.EmployerCertificate, static (p, v) => p with { EmployerCertificate = v }, Enum<EmployerCertificate>());

    /// <summary>P11: permits conditional on an integration agreement.</summary>
    public static readonly OptionDeclaration<bool?> IntegrationAgreement = P("P11", "Procedure.IntegrationAgreement", static p => p.IntegrationAgreement, static (p, v) => p with { IntegrationAgreement = v }, NullableBool());

    /// <summary>P12: reported BA consent turnaround in weeks (null = not reported).</summary>
    public static readonly OptionDeclaration<(int? Min, int? Max)> BAConsentTurnaroundWeeks = P<(int? Min, int? Max)>(
        "P12",
        "Procedure.BAConsentTurnaroundWeeks",
        static p => (p.BAConsentTurnaroundWeeksMin, p.BAConsentTurnaroundWeeksMax),
        static (p, v) => p with { BAConsentTurnaroundWeeksMin = v.Min, BAConsentTurnaroundWeeksMax = v.Max },
        Record<(int? Min, int? Max)>(
            "range<int>?",
            static () => (null, null),
            static v => OptionCodecs.Number(v, "min") is { } min && OptionCodecs.Number(v, "max") is { } max && max < min ? ["max must not be below min"] : [],
            Field<(int? Min, int? Max), int?>("min", NullableInt(new(0, 104, "weeks"), "int"), static v => v.Min, static (v, f) => v with { Min = f }),
            Field<(int? Min, int? Max), int?>("max", NullableInt(new(0, 104, "weeks"), "int"), static v => v.Max, static (v, f) => v with { Max = f })));

    /// <summary>P13: the study's overall characterisation (a calibration label, not a rule).</summary>
    public static readonly OptionDeclaration<OverallStance?> OverallStance = P("P13", "Discretion.OverallStance", static p => p.OverallStance, static (p, v) => p with { OverallStance = v }, NullableEnum<OverallStance>());

    /// <summary>P01-P13 in catalogue order.</summary>
    public static IReadOnlyList<OptionDeclaration> All { get; } =
    [
        RegionalConsentRequired, CentralisedAuthority, DirectPermitWithoutDuldungStage, FastTrackOnJobOffer,
        FinalDecisionDeadline, MissingPassportHandling, Outreach, PreScreening, DeportationStopWhilePending,
        EmployerCertificate, IntegrationAgreement, BAConsentTurnaroundWeeks, OverallStance,
    ];

    private static OptionDeclaration<T> P<T>(string number, string id, Func<ProceduralOptions, T> get, Func<ProceduralOptions, T, ProceduralOptions> set, OptionCodec<T> codec, Citation? baseCitation = null) => new()
    {
        Number = number,
        Id = id,
        BaseCitation = baseCitation,
        Get = o => get(o.Procedure),
        With = (o, v) => o with { Procedure = set(o.Procedure, v) },
        Codec = codec,
        NotOrderedReason = Procedural,
    };
}
