using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>DQ-28 Landkreis Anhalt-Bitterfeld: 109 applications, 20 rejected, 11 granted (L3031-3033): 78 not accounted for; no undecided figure.</summary>
internal sealed class Dq28AnhaltBitterfeld : DataQualityCheck
{
    private const string Name = "Landkreis Anhalt-Bitterfeld";

    public override string Id => "DQ-28";

    public override string Title => "Landkreis Anhalt-Bitterfeld";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
        =>
        [
            F(FindingSeverity.Warning, "ST", Name, "Applications not accounted for; the source gives no undecided figure ("
                + (data.Chapters.First(Name, "undecided") is null ? "none in the data" : "present") + ").",
                [Calc.Residual(V(data, Name, "applications"), [V(data, Name, "rejected"), V(data, Name, "ae_granted")], "not accounted for")], L(3031, 3033)),
        ];
}
