using Bleiberecht.Rules.Statistics.Data;
using Bleiberecht.Rules.Statistics.Validation.Checks;

namespace Bleiberecht.Rules.Statistics.Validation;

/// <summary>
/// Runs every data-quality rule (DQ-01 … DQ-41: sums, totals, printed against recomputed percentages, text against table, dates, units) over the published datasets.
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
        new Dq18SchleswigHolstein(), new Dq19SchleswigHolsteinBase(), new Dq20PositiveControls(), new Dq21Muenchen(),
        new Dq22Freiburg(), new Dq23Wiesbaden(), new Dq24OderSpree(), new Dq25Bremen(), new Dq26Kiel(), new Dq27Aurich(),
        new Dq28AnhaltBitterfeld(), new Dq29Wuppertal(), new Dq30Guetersloh(), new Dq31RheinLahn(), new Dq32Dates(),
        new Dq33Approximations(), new Dq34MixedUnits(), new Dq35PrintedShares(), new Dq36RateDefinitions(),
        new Dq37Citations(), new Dq38Unemployment(), new Dq39StatusOverlap(), new Dq40ReferenceDates(), new Dq41Presentation(),
    ];

    /// <summary>Runs all rules and returns their findings ordered by rule id.</summary>
    /// <param name="data">The published datasets.</param>
    public static IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
        => AllChecks().SelectMany(c => c.Run(data)).ToArray();
}
