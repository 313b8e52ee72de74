using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-33: values printed with "ca./etwa/rund/fast/knapp/gut/über/mehr als/unter" are approximations or bounds; tests and
/// checks use a tolerance. Bounds and extrapolations are listed individually (e.g. Hamburg "mehr als 1.800", L1434;
/// Sachsen-Anhalt "Unter 2,5 Mio.", L2971; Bayern 9 % undecided, L622-624).
/// </summary>
internal sealed class Dq33Approximations : DataQualityCheck
{
    public override string Id => "DQ-33";

    public override string Title => "Approximations and bounds";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var findings = new List<DataQualityFinding>();
        var counts = data.Chapters.All.GroupBy(f => f.Qualifier).OrderBy(g => g.Key)
            .Select(g => Calc.Statement(g.Key + ": " + g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture) + " figures", g.Key == ValueQualifier.Exact))
            .ToArray();
        findings.Add(F(FindingSeverity.Info, null, null, "Chapter figures by printed precision; non-exact values need a tolerance.", counts, L(396, 3461)));
        foreach (var f in data.Chapters.All.Where(f => f.Qualifier is ValueQualifier.LowerBound or ValueQualifier.UpperBound or ValueQualifier.Extrapolation))
        {
            findings.Add(F(FindingSeverity.Info, f.LandIso, f.Scope == FigureScope.Kommune ? f.Name : null,
                f.Name + " " + f.Metric + " is a" + (f.Qualifier == ValueQualifier.Extrapolation ? "n extrapolation" : f.Qualifier == ValueQualifier.LowerBound ? " lower bound" : "n upper bound") + ": " + f.Note,
                [Calc.Statement(f.Qualifier + " " + (f.Value?.ToString() ?? "no value"), false)], f.Source));
        }

        return findings;
    }
}
