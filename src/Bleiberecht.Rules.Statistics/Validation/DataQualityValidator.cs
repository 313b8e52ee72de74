using Bleiberecht.Rules.Statistics.Data;
using Bleiberecht.Rules.Statistics.Validation.Checks;

namespace Bleiberecht.Rules.Statistics.Validation;

/// <summary>
/// Runs every data-quality rule of statistics.md §3 (DQ-01 … DQ-41) over the published datasets.
/// </summary>
public static class DataQualityValidator
{
    /// <summary>All rules in id order. A new array each call: no shared mutable state.</summary>
    public static IReadOnlyList<IDataQualityCheck> AllChecks() =>
    [
        new Dq01PrintedPercentages(), new Dq02OutcomePartition(), new Dq03FinalStatesBounded(), new Dq04JobSearchBounded(),
        new Dq05LaenderSumToTotal(), new Dq06FederalTextVsTable(), new Dq07DuldungReferenceDate(), new Dq08RankingClaims(),
        new Dq09Bayern(), new Dq10Brandenburg(), new Dq11Hamburg(), new Dq12Hessen(), new Dq13MecklenburgVorpommern(),
        new Dq14Niedersachsen(), new Dq15NordrheinWestfalen(), new Dq16Sachsen(), new Dq17SachsenAnhalt(),
        new Dq18SchleswigHolstein(), new Dq19SchleswigHolsteinBase(), new Dq20PositiveControls(),
    ];

    /// <summary>Runs all rules and returns their findings ordered by rule id.</summary>
    /// <param name="data">The published datasets.</param>
    public static IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
        => AllChecks().SelectMany(c => c.Run(data)).ToArray();
}
