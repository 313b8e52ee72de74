namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>
/// The scalar population parameters labelled <see cref="ProvenanceKind.Assumption"/> or
/// <see cref="ProvenanceKind.Calibrated"/> that the sensitivity analysis varies, with typed access (no reflection).
/// Study and Derived parameters are held fixed: they carry a source line.
/// </summary>
/// <param name="Name">Property name in <see cref="PopulationParameters"/>.</param>
/// <param name="IsShare">True for a share in [0, 1]; false for an amount (EUR).</param>
/// <param name="Get">Reads the parameter.</param>
/// <param name="Set">Returns a copy with the value overridden.</param>
public sealed record VariedParameter(string Name, bool IsShare, Func<PopulationParameters, Parameter<double>> Get, Func<PopulationParameters, double, PopulationParameters> Set)
{
    private const string Why = "varied by the sensitivity analysis";

    /// <summary>Every varied parameter, in declaration order.</summary>
    public static IReadOnlyList<VariedParameter> All { get; } =
    [
        new("SingleParentShare", true, p => p.SingleParentShare, (p, v) => p with { SingleParentShare = p.SingleParentShare.Override(v, Why) }),
        new("InterruptionShare", true, p => p.InterruptionShare, (p, v) => p with { InterruptionShare = p.InterruptionShare.Override(v, Why) }),
        new("DuldungForbidsEmploymentShare", true, p => p.DuldungForbidsEmploymentShare, (p, v) => p with { DuldungForbidsEmploymentShare = p.DuldungForbidsEmploymentShare.Override(v, Why) }),
        new("SubstituteDocumentShare", true, p => p.SubstituteDocumentShare, (p, v) => p with { SubstituteDocumentShare = p.SubstituteDocumentShare.Override(v, Why) }),
        new("IdentityClarifiedShare", true, p => p.IdentityClarifiedShare, (p, v) => p with { IdentityClarifiedShare = p.IdentityClarifiedShare.Override(v, Why) }),
        new("CredibleEffortsShare", true, p => p.CredibleEffortsShare, (p, v) => p with { CredibleEffortsShare = p.CredibleEffortsShare.Override(v, Why) }),
        new("CooperationBreachedShare", true, p => p.CooperationBreachedShare, (p, v) => p with { CooperationBreachedShare = p.CooperationBreachedShare.Override(v, Why) }),
        new("ConvictionShare", true, p => p.ConvictionShare, (p, v) => p with { ConvictionShare = p.ConvictionShare.Override(v, Why) }),
        new("PrisonShare", true, p => p.PrisonShare, (p, v) => p with { PrisonShare = p.PrisonShare.Override(v, Why) }),
        new("ForeignerOnlyOffenceShare", true, p => p.ForeignerOnlyOffenceShare, (p, v) => p with { ForeignerOnlyOffenceShare = p.ForeignerOnlyOffenceShare.Override(v, Why) }),
        new("NegligentShare", true, p => p.NegligentShare, (p, v) => p with { NegligentShare = p.NegligentShare.Override(v, Why) }),
        new("ConvictionRecordUnknownShare", true, p => p.ConvictionRecordUnknownShare, (p, v) => p with { ConvictionRecordUnknownShare = p.ConvictionRecordUnknownShare.Override(v, Why) }),
        new("ExceptionalCircumstancesShare", true, p => p.ExceptionalCircumstancesShare, (p, v) => p with { ExceptionalCircumstancesShare = p.ExceptionalCircumstancesShare.Override(v, Why) }),
        new("DeceptionOfSomeWeightShare", true, p => p.DeceptionOfSomeWeightShare, (p, v) => p with { DeceptionOfSomeWeightShare = p.DeceptionOfSomeWeightShare.Override(v, Why) }),
        new("DeceptionCausedNonRemovalShare", true, p => p.DeceptionCausedNonRemovalShare, (p, v) => p with { DeceptionCausedNonRemovalShare = p.DeceptionCausedNonRemovalShare.Override(v, Why) }),
        new("DeceptionOutweighedShare", true, p => p.DeceptionOutweighedShare, (p, v) => p with { DeceptionOutweighedShare = p.DeceptionOutweighedShare.Override(v, Why) }),
        new("ObstructionShare", true, p => p.ObstructionShare, (p, v) => p with { ObstructionShare = p.ObstructionShare.Override(v, Why) }),
        new("AbscondingShare", true, p => p.AbscondingShare, (p, v) => p with { AbscondingShare = p.AbscondingShare.Override(v, Why) }),
        new("ExtremismShare", true, p => p.ExtremismShare, (p, v) => p with { ExtremismShare = p.ExtremismShare.Override(v, Why) }),
        new("SpouseHardshipShare", true, p => p.SpouseHardshipShare, (p, v) => p with { SpouseHardshipShare = p.SpouseHardshipShare.Override(v, Why) }),
        new("JobFoundShare", true, p => p.JobFoundShare, (p, v) => p with { JobFoundShare = p.JobFoundShare.Override(v, Why) }),
        new("EmployedBeforeResolutionShare", true, p => p.EmployedBeforeResolutionShare, (p, v) => p with { EmployedBeforeResolutionShare = p.EmployedBeforeResolutionShare.Override(v, Why) }),
        new("FixedTermShare", true, p => p.FixedTermShare, (p, v) => p with { FixedTermShare = p.FixedTermShare.Override(v, Why) }),
        new("FixedTermCustomaryShare", true, p => p.FixedTermCustomaryShare, (p, v) => p with { FixedTermCustomaryShare = p.FixedTermCustomaryShare.Override(v, Why) }),
        new("WithinPermittedAreaShare", true, p => p.WithinPermittedAreaShare, (p, v) => p with { WithinPermittedAreaShare = p.WithinPermittedAreaShare.Override(v, Why) }),
        new("PrivilegedWorkerAvailableShare", true, p => p.PrivilegedWorkerAvailableShare, (p, v) => p with { PrivilegedWorkerAvailableShare = p.PrivilegedWorkerAvailableShare.Override(v, Why) }),
        new("ConditionsComparableShare", true, p => p.ConditionsComparableShare, (p, v) => p with { ConditionsComparableShare = p.ConditionsComparableShare.Override(v, Why) }),
        new("RecognisedApprenticeshipShare", true, p => p.RecognisedApprenticeshipShare, (p, v) => p with { RecognisedApprenticeshipShare = p.RecognisedApprenticeshipShare.Override(v, Why) }),
        new("TrainingPlaceAdditionalShare", true, p => p.TrainingPlaceAdditionalShare, (p, v) => p with { TrainingPlaceAdditionalShare = p.TrainingPlaceAdditionalShare.Override(v, Why) }),
        new("SecondEarnerShare", true, p => p.SecondEarnerShare, (p, v) => p with { SecondEarnerShare = p.SecondEarnerShare.Override(v, Why) }),
        new("NeedPerAdultEur", false, p => p.NeedPerAdultEur, (p, v) => p with { NeedPerAdultEur = p.NeedPerAdultEur.Override(v, Why) }),
        new("NeedPerChildEur", false, p => p.NeedPerChildEur, (p, v) => p with { NeedPerChildEur = p.NeedPerChildEur.Override(v, Why) }),
        new("ChildBenefitEur", false, p => p.ChildBenefitEur, (p, v) => p with { ChildBenefitEur = p.ChildBenefitEur.Override(v, Why) }),
        new("BenefitsShareIfIncomeCovers", true, p => p.BenefitsShareIfIncomeCovers, (p, v) => p with { BenefitsShareIfIncomeCovers = p.BenefitsShareIfIncomeCovers.Override(v, Why) }),
        new("BenefitsShareOtherwise", true, p => p.BenefitsShareOtherwise, (p, v) => p with { BenefitsShareOtherwise = p.BenefitsShareOtherwise.Override(v, Why) }),
        new("BenefitsTemporaryShare", true, p => p.BenefitsTemporaryShare, (p, v) => p with { BenefitsTemporaryShare = p.BenefitsTemporaryShare.Override(v, Why) }),
        new("SecuredOtherwiseShare", true, p => p.SecuredOtherwiseShare, (p, v) => p with { SecuredOtherwiseShare = p.SecuredOtherwiseShare.Override(v, Why) }),
        new("CommunalShelterShare", true, p => p.CommunalShelterShare, (p, v) => p with { CommunalShelterShare = p.CommunalShelterShare.Override(v, Why) }),
        new("ShelterJudgedSufficientShare", true, p => p.ShelterJudgedSufficientShare, (p, v) => p with { ShelterJudgedSufficientShare = p.ShelterJudgedSufficientShare.Override(v, Why) }),
        new("SufficientHousingShare", true, p => p.SufficientHousingShare, (p, v) => p with { SufficientHousingShare = p.SufficientHousingShare.Override(v, Why) }),
        new("KitaShare", true, p => p.KitaShare, (p, v) => p with { KitaShare = p.KitaShare.Override(v, Why) }),
        new("SchoolAttendanceShare", true, p => p.SchoolAttendanceShare, (p, v) => p with { SchoolAttendanceShare = p.SchoolAttendanceShare.Override(v, Why) }),
        new("PositivePrognosisShare", true, p => p.PositivePrognosisShare, (p, v) => p with { PositivePrognosisShare = p.PositivePrognosisShare.Override(v, Why) }),
        new("ApplicationFiledShare", true, p => p.ApplicationFiledShare, (p, v) => p with { ApplicationFiledShare = p.ApplicationFiledShare.Override(v, Why) }),
    ];

    /// <summary>
    /// The range explored (an assumption of the analysis, stated in its output). A share is halved and doubled on its
    /// rarer side: v ≤ 0.5 moves to [v / 2, min(2v, (1 + v) / 2)], v &gt; 0.5 mirrors that for 1 − v, so rare events stay
    /// rare and no range leaves [0, 1]; a share of exactly 0 or 1 is not varied. An amount moves ±25 %.
    /// </summary>
    /// <param name="value">Current value.</param>
    public (double Low, double High) Range(double value)
    {
        if (!IsShare)
        {
            return (value * 0.75, value * 1.25);
        }

        if (value <= 0.5)
        {
            return (value / 2, Math.Min(2 * value, (1 + value) / 2));
        }

        var q = 1 - value;
        return (1 - Math.Min(2 * q, (1 + q) / 2), 1 - (q / 2));
    }
}
