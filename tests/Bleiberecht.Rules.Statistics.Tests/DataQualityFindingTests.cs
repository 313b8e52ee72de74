using Bleiberecht.Rules.Statistics.Data;
using Bleiberecht.Rules.Statistics.Validation;

namespace Bleiberecht.Rules.Statistics.Tests;

/// <summary>One test per finding of statistics.md §3, asserting the specific arithmetic and lines.</summary>
public class DataQualityFindingTests
{
    private static readonly IReadOnlyList<DataQualityFinding> All = DataQualityValidator.Run(StatisticsDataset.LoadEmbedded());

    private static IReadOnlyList<DataQualityFinding> Of(string id) => All.Where(f => f.Id == id).ToArray();

    private static DataQualityFinding One(string id, FindingSeverity severity, string? land, string messagePart, string? place = null)
        => Assert.Single(Of(id), f => f.Severity == severity && f.LandIso == land && f.Place == place && f.Message.Contains(messagePart, StringComparison.Ordinal));

    private static void HasCalc(DataQualityFinding f, string expression, bool holds)
        => Assert.Contains(f.Arithmetic, c => c.Expression.Contains(expression, StringComparison.Ordinal) && c.Holds == holds);

    private static void HasLine(DataQualityFinding f, string line) => Assert.Contains(f.SourceLines, l => l.ToString() == line);

    [Fact]
    public void Every_rule_of_statistics_md_is_implemented_and_reports()
    {
        var ids = DataQualityValidator.AllChecks().Select(c => c.Id).ToArray();
        Assert.Equal(Enumerable.Range(1, 41).Select(i => "DQ-" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)), ids);
        Assert.All(ids, id => Assert.NotEmpty(Of(id)));
    }

    [Fact]
    public void DQ01_all_34_printed_percentages_reproduce()
    {
        var f = Assert.Single(Of("DQ-01"));
        Assert.Equal(FindingSeverity.Pass, f.Severity);
        Assert.Equal(34, f.Arithmetic.Count);
        HasCalc(f, "100 × 47 / 788 = 5.96 % → 6.0 % = 6.0 %", true);
        HasCalc(f, "100 × 6,824 / 22,870 = 29.84 % → 29.8 %", true);
    }

    [Fact]
    public void DQ02_partition_holds_only_for_BW_and_BY()
    {
        var pass = Assert.Single(Of("DQ-02"), f => f.Severity == FindingSeverity.Pass);
        Assert.Equal(2, pass.Arithmetic.Count);
        HasCalc(pass, "3,036 + 2,740 + 973 + 3,445 = 10,194 = 10,194", true);
        var warned = Of("DQ-02").Where(f => f.Severity == FindingSeverity.Warning).Select(f => f.LandIso).ToHashSet();
        Assert.Equal(new HashSet<string?> { "BB", "HB", "HE", "MV", "NI", "NW", "SL", "SN", "SH", "TH", "DE" }, warned);
        HasCalc(One("DQ-02", FindingSeverity.Warning, "NI", "exceed the applications"), "= 11,596 ≠ 6,824 Anträge (difference −4,772)", false);
        HasCalc(One("DQ-02", FindingSeverity.Warning, "SH", "fall short of the applications"), "(difference +204)", false);
        HasCalc(One("DQ-02", FindingSeverity.Info, "ST", "k.A."), "= 921 residual", true);
    }

    [Fact]
    public void DQ03_HH_and_TH_exceed_applications_and_BB_MV_residuals_are_explained()
    {
        var hh = One("DQ-03", FindingSeverity.Error, "HH", "hard contradiction");
        HasCalc(hh, "735 + 697 + 1,244 = 2,676 > 2,660 Anträge (by 16)", false);
        HasLine(hh, "L4346");
        HasCalc(One("DQ-03", FindingSeverity.Error, "TH", "hard contradiction"), "301 + 62 + 810 = 1,173 > 1,162 Anträge (by 11)", false);
        var bb = One("DQ-03", FindingSeverity.Info, "BB", "withdrawn");
        HasCalc(bb, "55 + 34 = 89 = 89", true);
        HasLine(bb, "L1020");
        HasCalc(One("DQ-03", FindingSeverity.Info, "MV", "withdrawn"), "69 + 41 = 110 = 110", true);
        HasCalc(One("DQ-03", FindingSeverity.Info, "BY", "Duldung column"), "residual 1,283 = Arbeitssuche 1,283", true);
        HasCalc(One("DQ-03", FindingSeverity.Info, "NW", "not explained"), "= 8,573 residual", true);
    }

    [Fact]
    public void DQ04_NI_job_search_duldungen_exceed_applications()
    {
        var f = Assert.Single(Of("DQ-04"));
        Assert.Equal("NI", f.LandIso);
        HasCalc(f, "Arbeitssuche 7,607 > Anträge 6,824", false);
        HasLine(f, "L1928");
    }

    [Fact]
    public void DQ05_Ablehnung_total_leaves_out_Berlin()
    {
        var f = One("DQ-05", FindingSeverity.Warning, "DE", "leaves out Berlin");
        HasCalc(f, "Σ Länder Ablehnung = 8,351 ≠ 7,885 DE printed (difference +466)", false);
        HasLine(f, "L4340");
        Assert.Equal(5, One("DQ-05", FindingSeverity.Pass, "DE", "Columns").Arithmetic.Count);
    }

    [Fact]
    public void DQ06_undecided_text_14000_matches_residual_not_table()
    {
        var f = One("DQ-06", FindingSeverity.Warning, "DE", "residual");
        HasCalc(f, "71,857 − (19,779 + 29,834 + 7,885) = 14,359", true);
        HasCalc(f, "offen 'ca. 14.000' vs DE 19,302", false);
        HasLine(f, "L33-34");
        HasCalc(One("DQ-06", FindingSeverity.Info, "DE", "zehn Prozent"), "100 × 19,779 / 178,326 = 11.09 %", true);
    }

    [Fact]
    public void DQ07_Duldung_stock_dated_30_and_31_October()
    {
        var f = Assert.Single(Of("DQ-07"));
        Assert.Equal(FindingSeverity.Warning, f.Severity);
        Assert.Contains("30.10.2006 vs 31.10.2006", f.Message, StringComparison.Ordinal);
        HasLine(f, "L141");
        HasLine(f, "L2740");
        HasLine(f, "L4327");
    }

    [Fact]
    public void DQ08_summary_top_three_omits_RP_and_MV_stock_claim_fails()
    {
        var top = One("DQ-08", FindingSeverity.Warning, null, "Bayern, Brandenburg and Hessen");
        HasCalc(top, "BY 47.6, RP 43.8, HE 39.7, BB 38.8", false);
        One("DQ-08", FindingSeverity.Pass, "BE", "viertletzter");
        One("DQ-08", FindingSeverity.Pass, "SL", "niedrigste");
        HasCalc(One("DQ-08", FindingSeverity.Warning, "MV", "langjährig"), "SL 2,032 < MV 2,383", false);
        HasCalc(One("DQ-08", FindingSeverity.Warning, "BY", "München"), "100 × 391 / 820 = 47.68 %", false);
    }

    [Fact]
    public void DQ09_Bayern_chapter_vs_table_differ_by_214()
    {
        HasCalc(One("DQ-09", FindingSeverity.Warning, "BY", "Permits"), "chapter 1,404 ≠ table 1,618 (difference +214)", false);
        var und = One("DQ-09", FindingSeverity.Warning, "BY", "Undecided");
        HasCalc(und, "3,400 − 2,687 − 409 = 304 ≠ 90", false);
        HasCalc(und, "1,404 + 1,283 + 409 + 304 = 3,400 = 3,400", true);
        HasLine(und, "L622-624");
    }

    [Fact]
    public void DQ10_Brandenburg_334_vs_344()
    {
        var f = One("DQ-10", FindingSeverity.Warning, "BB", "typo");
        HasCalc(f, "chapter 334 ≠ table 344", false);
        HasCalc(f, "55 + 34 + 418 + 227 + 344 = 1,078 = 1,078", true);
        HasCalc(One("DQ-10", FindingSeverity.Info, "BB", "insgesamt 299"), "299 + 119 = 418 = 418", true);
    }

    [Fact]
    public void DQ11_Hamburg_applications_2719_vs_2660()
    {
        var f = One("DQ-11", FindingSeverity.Warning, "HH", "Applications");
        HasCalc(f, "chapter 2,719 ≠ table 2,660 (difference −59)", false);
        HasCalc(f, "735 + 697 + 1,244 + 43 = 2,719 = 2,719", true);
        HasLine(f, "L1442");
        Assert.Equal(2, One("DQ-11", FindingSeverity.Info, "HH", "Three Duldung stocks").Arithmetic.Count);
    }

    [Fact]
    public void DQ12_Hessen_5620_vs_6936_and_746_unaccounted()
    {
        HasCalc(One("DQ-12", FindingSeverity.Warning, "HE", "combined"), "3,029 + 3,907 = 6,936 ≠ 5,620", false);
        HasCalc(One("DQ-12", FindingSeverity.Warning, "HE", "unaccounted"), "7,625 − (5,620 + 694 + 565) = 746", true);
        HasCalc(One("DQ-12", FindingSeverity.Pass, "HE", "shares hold"), "100 × 694 / 7,625 = 9.10 % ≈ 9.1 %", true);
    }

    [Fact]
    public void DQ13_MV_text_outcomes_exceed_applications_and_base_differs()
    {
        HasCalc(One("DQ-13", FindingSeverity.Error, "MV", "exceed"), "69 + 41 + 120 + 223 + 206 = 659 > 639", false);
        HasCalc(One("DQ-13", FindingSeverity.Info, "MV", "every Duldung"), "223 + 74 = 297 = 297", true);
        var b = One("DQ-13", FindingSeverity.Warning, "MV", "Base");
        HasCalc(b, "100 × 639 / 1,988 = 32.14 %", true);
        HasCalc(b, "100 × 639 / 2,383 = 26.81 %", true);
    }

    [Fact]
    public void DQ14_Niedersachsen_rejections_and_citation_date()
    {
        HasCalc(One("DQ-14", FindingSeverity.Warning, "NI", "Rejections"), "chapter 1,386 ≠ table 1,383", false);
        HasLine(One("DQ-14", FindingSeverity.Warning, "NI", "predates"), "L4397-4400");
    }

    [Fact]
    public void DQ15_NRW_stock_differs_by_exactly_2000_and_chapter_closes()
    {
        HasCalc(One("DQ-15", FindingSeverity.Warning, "NW", "Stock"), "chapter 56,160 ≠ table 58,160 (difference +2,000)", false);
        HasCalc(One("DQ-15", FindingSeverity.Warning, "NW", "Job-search"), "chapter 8,290 ≠ table 10,711 (difference +2,421)", false);
        var p = One("DQ-15", FindingSeverity.Pass, "NW", "close");
        HasCalc(p, "5,416 + 8,290 + 2,396 = 16,102 ≈ 16,100", true);
        HasCalc(p, "16,102 + 9,890 = 25,992 ≈ 26,000", true);
    }

    [Fact]
    public void DQ16_Sachsen_32_7_is_Bremens_share()
    {
        var f = Assert.Single(Of("DQ-16"));
        Assert.Equal(FindingSeverity.Warning, f.Severity);
        HasCalc(f, "100 × 1,679 / 4,458 = 37.66 % → 37.7 % ≠ 32.7 %", false);
        Assert.Contains("Bremen", f.Message, StringComparison.Ordinal);
        Assert.Contains("5,135", f.Message, StringComparison.Ordinal);
        HasLine(f, "L4344");
    }

    [Fact]
    public void DQ17_SachsenAnhalt_stock_differs_by_100()
    {
        var f = One("DQ-17", FindingSeverity.Warning, "ST", "stock");
        HasCalc(f, "chapter 5,261 ≠ table 5,161 (difference −100)", false);
        HasCalc(f, "100 × 1,874 / 5,161 = 36.31 % → 36.3 % = 36.3 %", true);
        HasCalc(f, "100 × 1,874 / 5,261 = 35.62 % → 35.6 % ≠ 36.3 %", false);
    }

    [Fact]
    public void DQ18_SchleswigHolstein_partition_and_overlap()
    {
        HasCalc(One("DQ-18", FindingSeverity.Warning, "SH", "partition"), "157 + 216 + 218 + 411 = 1,002 ≠ 1,099 Anträge (difference +97)", false);
        HasCalc(One("DQ-18", FindingSeverity.Warning, "SH", "exceed"), "58 + 241 = 299 > 291", false);
        HasCalc(One("DQ-18", FindingSeverity.Info, "SH", "after the deadline"), "158 + 58 = 216 = 216", true);
        HasCalc(One("DQ-18", FindingSeverity.Warning, "SH", "omits"), "241 + 170 = 411 = 411", true);
    }

    [Fact]
    public void DQ19_SchleswigHolstein_base_1880_vs_3076()
    {
        var f = Assert.Single(Of("DQ-19"));
        HasCalc(f, "100 × 1,099 / 1,880 = 58.46 %", true);
        HasCalc(f, "100 × 1,099 / 3,076 = 35.73 %", true);
        HasLine(f, "L5062");
    }

    [Fact]
    public void DQ20_positive_controls_pass_for_six_Laender()
    {
        var f = Of("DQ-20");
        Assert.Equal(["BW", "BE", "HB", "RP", "SL", "TH"], f.Select(x => x.LandIso!).ToArray());
        Assert.All(f, x => Assert.Equal(FindingSeverity.Pass, x.Severity));
        HasCalc(f.Single(x => x.LandIso == "BE"), "duldung_job_search: chapter no figure, table k.A.", true);
    }

    [Fact]
    public void DQ21_Muenchen_overlap_and_exceeds_Bayern()
    {
        var f = One("DQ-21", FindingSeverity.Warning, "BY", "exceed the applications", "München");
        HasCalc(f, "391 + 429 + 38 + 350 = 1,208 ≠ 820", false);
        HasCalc(f, "391 + 429 = 820 = 820", true);
        HasCalc(One("DQ-21", FindingSeverity.Warning, "BY", "Bavaria", "München"), "München undecided 350 > Bayern table 90", false);
    }

    [Fact]
    public void DQ22_Freiburg_324_vs_328_and_26_percent()
    {
        const string F = "Freiburg im Breisgau";
        HasCalc(One("DQ-22", FindingSeverity.Warning, "BW", "minus decided", F), "424 − 96 = 328 ≠ 324", false);
        HasCalc(One("DQ-22", FindingSeverity.Warning, "BW", "26 %", F), "100 × 324 / 424 = 76.42 % ≠ 26 %", false);
        var r = One("DQ-22", FindingSeverity.Warning, "BW", "relativ hoch", F);
        HasCalc(r, "100 × 92 / 424 = 21.70 %", true);
        HasCalc(r, "100 × 92 / 96 = 95.83 %", true);
        HasCalc(r, "100 × 3,036 / 4,009 = 75.73 %", true);
    }

    [Fact]
    public void DQ23_Wiesbaden_72_percent_is_decided_share()
    {
        var f = One("DQ-23", FindingSeverity.Warning, "HE", "decided share", "Wiesbaden");
        HasCalc(f, "100 × 249 / 353 = 70.54 %", false);
        HasCalc(f, "100 × 256 / 353 = 72.52 %", false);
        HasCalc(One("DQ-23", FindingSeverity.Warning, "HE", "unaccounted", "Wiesbaden"), "249 + 7 + 90 = 346 ≠ 353", false);
        HasCalc(One("DQ-23", FindingSeverity.Pass, "HE", "2 %", "Wiesbaden"), "100 × 7 / 353 = 1.98 % ≈ 2 %", true);
    }

    [Fact]
    public void DQ24_OderSpree_consistent_and_rate_base_differs()
    {
        const string O = "Landkreis Oder-Spree";
        var p = One("DQ-24", FindingSeverity.Pass, "BB", "consistent", O);
        HasCalc(p, "82 − 4 − 8 = 70 = 70", true);
        HasCalc(p, "2 + 6 + 5 = 13 = 13", true);
        var r = One("DQ-24", FindingSeverity.Info, "BB", "über 80", O);
        HasCalc(r, "100 × 57 / 70 = 81.43 %", true);
        HasCalc(r, "100 × 57 / 82 = 69.51 %", true);
        HasCalc(One("DQ-24", FindingSeverity.Info, "BB", "foreigner share", O), "3.3 % × 190,000 = 6,270 ≠ 1,000", false);
    }

    [Fact]
    public void DQ25_Bremen_outcomes_exceed_by_33_and_118_unaccounted()
    {
        var f = One("DQ-25", FindingSeverity.Warning, "HB", "exceed");
        HasCalc(f, "128 + 151 + 187 + 621 = 1,087 > 1,054 applications (by 33)", false);
        HasCalc(f, "= 118 unaccounted", true);
        HasCalc(One("DQ-25", FindingSeverity.Pass, "HB", "rates hold"), "100 × 128 / 3,226 = 3.97 % ≈ 4 %", true);
        HasCalc(One("DQ-25", FindingSeverity.Info, "HB", "Kettenduldungen"), "Kettenduldungen 3,500 > Duldung holders 3,226", false);
    }

    [Fact]
    public void DQ26_Kiel_processing_rate_counts_interim_duldungen()
    {
        var f = One("DQ-26", FindingSeverity.Warning, "SH", "interim", "Kiel");
        HasCalc(f, "16 + 4 + 12 = 32 = 32", true);
        HasCalc(f, "100 × 20 / 32 = 62.50 % ≠ 100 %", false);
        HasCalc(One("DQ-26", FindingSeverity.Pass, "SH", "50 Prozent", "Kiel"), "100 × 16 / 32 = 50.00 %", true);
    }

    [Fact]
    public void DQ27_Aurich_application_date_and_26_unaccounted()
    {
        const string A = "Landkreis Aurich";
        Assert.Contains("13 days", One("DQ-27", FindingSeverity.Warning, "NI", "implausible", A).Message, StringComparison.Ordinal);
        HasCalc(One("DQ-27", FindingSeverity.Warning, "NI", "unaccounted", A), "126 + 18 + 106 = 250 ≠ 276 applications (difference +26)", false);
        Assert.Contains("2003", One("DQ-27", FindingSeverity.Info, "NI", "foreigner share", A).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DQ28_AnhaltBitterfeld_78_unaccounted()
        => HasCalc(Assert.Single(Of("DQ-28")), "109 − (20 + 11) = 78 not accounted for", true);

    [Fact]
    public void DQ29_Wuppertal_checks_pass_and_migration_share_fails()
    {
        var p = One("DQ-29", FindingSeverity.Pass, "NW", "close", "Wuppertal");
        HasCalc(p, "142 + 60 = 202 = 202", true);
        HasCalc(p, "241 − 2 − 202 − 37 = 0 = 0", true);
        HasCalc(p, "720 − 240 = 480 = 480", true);
        HasCalc(p, "110 + 130 = 240 = 240", true);
        HasCalc(One("DQ-29", FindingSeverity.Warning, "NW", "migration", "Wuppertal"), "100 × 100,000 / 357,177 = 28.00 % ≠ 30 %", false);
    }

    [Fact]
    public void DQ30_Guetersloh_mixed_dates_and_citation()
    {
        const string G = "Kreis Gütersloh";
        HasCalc(One("DQ-30", FindingSeverity.Warning, "NW", "Mixed dates", G), "313 − 120 = 193 ≈ 200", true);
        var u = One("DQ-30", FindingSeverity.Pass, "NW", "Unemployment", G);
        HasCalc(u, "100 × 1,389 / 7,208 = 19.27 % ≈ 19.3 %", true);
        HasCalc(u, "100 × 2,340 / 9,548 = 24.51 % ≈ 24.5 %", true);
        HasLine(One("DQ-30", FindingSeverity.Warning, "NW", "9.5.2007", G), "L4838-4840");
    }

    [Fact]
    public void DQ31_RheinLahn_unresolved_total_and_foreigner_share()
    {
        const string R = "Rhein-Lahn-Kreis";
        HasCalc(One("DQ-31", FindingSeverity.Warning, "RP", "unresolved", R), "total = 20 or 20 + 20 = 40", false);
        HasCalc(One("DQ-31", FindingSeverity.Warning, "RP", "foreigner", R), "100 × 6,676 / 130,000 = 5.14 % ≠ 9 %", false);
        HasLine(One("DQ-31", FindingSeverity.Info, "RP", "chart", R), "L2636-2659");
    }

    [Fact]
    public void DQ32_invalid_dates_kept_verbatim()
    {
        var invalid = Of("DQ-32").Where(f => f.Message.StartsWith("Invalid printed date", StringComparison.Ordinal)).Select(f => f.Message).ToArray();
        Assert.Contains(invalid, m => m.Contains("'31.6.2007'", StringComparison.Ordinal));
        Assert.Contains(invalid, m => m.Contains("'31.9.2007'", StringComparison.Ordinal));
        Assert.Contains(invalid, m => m.Contains("'31. September 2007'", StringComparison.Ordinal));
        Assert.Contains(invalid, m => m.Contains("'1.9..2007'", StringComparison.Ordinal));
        One("DQ-32", FindingSeverity.Warning, "NI", "Implausible date", "Landkreis Aurich");
        One("DQ-32", FindingSeverity.Info, "BE", "without a year");
        HasLine(One("DQ-32", FindingSeverity.Warning, null, "press release"), "L4536-4540");
    }

    [Fact]
    public void DQ33_bounds_and_extrapolations_flagged()
    {
        One("DQ-33", FindingSeverity.Info, "HH", "provisional_deportation_stop is a lower bound");
        One("DQ-33", FindingSeverity.Info, "ST", "population is an upper bound");
        One("DQ-33", FindingSeverity.Info, "BY", "undecided_share_pct is an extrapolation");
    }

    [Fact]
    public void DQ34_mixed_units_flagged()
    {
        One("DQ-34", FindingSeverity.Info, "DE", "applications and as persons");
        One("DQ-34", FindingSeverity.Warning, "BB", "different counting units");
        One("DQ-34", FindingSeverity.Warning, "HE", "different counting units");
        One("DQ-34", FindingSeverity.Info, "SH", "families_concerned is counted in families");
        One("DQ-34", FindingSeverity.Info, "BB", "counted in households", "Landkreis Barnim");

        // L4224-4232: 131 persons = 25 families (127 persons) + 4 singles; outcomes in families. L1637: '5.620 Personen'.
        var freiburg = One("DQ-34", FindingSeverity.Warning, "BW", "participants counted in persons, outcomes in families", "Freiburg im Breisgau (project)");
        HasCalc(freiburg, "10 families or 44 participants (L4226-4227)", false);
        HasLine(freiburg, "L4224-4232");
        HasLine(One("DQ-34", FindingSeverity.Warning, "HE", "'5.620 Personen'"), "L1636-1637");
    }

    [Fact]
    public void DQ35_failing_shares_are_exactly_the_listed_ones()
    {
        var fails = Of("DQ-35").Where(f => f.Severity == FindingSeverity.Warning)
            .Select(f => (f.Place ?? f.LandIso) + ":" + f.Message.Split(": printed ")[1].Split(' ')[0]).ToHashSet();
        Assert.Equal(new HashSet<string>
        {
            "BY:foreign_share_pct", "BE:foreign_share_pct", "Rhein-Lahn-Kreis:foreign_share_pct", "SN:foreign_share_pct",
            "Wuppertal:migration_background_share_pct", "Freiburg im Breisgau:undecided_share_pct",
            "Wiesbaden:ae_share_of_applications_pct", "SN:applications_share_of_duldung_pct",
        }, fails);
        var pass = One("DQ-35", FindingSeverity.Pass, null, "reproduce");
        HasCalc(pass, "100 × 84,147 / 663,979 = 12.67 % ≈ 12.7 %", true);
        HasCalc(pass, "100 × 250,000 / 1,700,000 = 14.71 %", true);
        HasCalc(pass, "100 × 639 / 1,988 = 32.14 % ≈ 33.3 %", true);
    }

    [Fact]
    public void DQ36_rate_definitions_identified()
    {
        One("DQ-36", FindingSeverity.Pass, "BE", "federal definition");
        One("DQ-36", FindingSeverity.Warning, "BB", "AE / (Anträge − withdrawn − settled)", "Landkreis Oder-Spree");
        One("DQ-36", FindingSeverity.Warning, "SH", "interim Duldungen", "Kiel");
        One("DQ-36", FindingSeverity.Warning, "HE", "decided (AE + rejected)", "Wiesbaden");
        One("DQ-36", FindingSeverity.Warning, "BY", "rejections excluded");
    }

    [Fact]
    public void DQ37_citation_problems()
    {
        HasCalc(One("DQ-37", FindingSeverity.Warning, "DE", "table 6.1"), "'BT-Drs. 16/6832' is not in the bibliography", false);
        HasCalc(One("DQ-37", FindingSeverity.Warning, "NI", "NI figures"), "document dated 2007-08-23 predates the figures (2007-09-30)", false);
        One("DQ-37", FindingSeverity.Pass, "DE", "federal figures");
        Assert.Equal(8, Of("DQ-37").Count(f => f.Severity == FindingSeverity.Warning));

        // L4610-4613: 'Kleine Anfrage Nr. 1533 ... vom 6.12.2006' dates the question, not the answer Drs. 4/4009.
        One("DQ-37", FindingSeverity.Info, "BB", "the question's, not the answer's");
        Assert.DoesNotContain(Of("DQ-37"), f => f.LandIso == "BB" && f.Arithmetic.Any(c => c.Expression.Contains("2006-12-06", StringComparison.Ordinal)));
    }

    [Fact]
    public void DQ38_unemployment_figures()
    {
        One("DQ-38", FindingSeverity.Warning, "DE", "federal unemployment");
        HasLine(One("DQ-38", FindingSeverity.Warning, "HB", "without a date"), "L1268");
        Assert.Equal(3, One("DQ-38", FindingSeverity.Info, "BE", "series").Arithmetic.Count);
        One("DQ-38", FindingSeverity.Info, "HH", "ambiguous");
    }

    [Fact]
    public void DQ39_status_overlaps()
    {
        var places = Of("DQ-39").Select(f => f.Place ?? f.LandIso).ToHashSet();
        Assert.Superset(new HashSet<string?> { "BB", "MV", "SH", "Wuppertal", "Rhein-Lahn-Kreis", "München" }, places);
        HasCalc(One("DQ-39", FindingSeverity.Warning, "BY", "overlap", "München"), "391 + 429 = 820 = 820", true);
    }

    [Fact]
    public void DQ40_reference_dates_differ()
    {
        var places = Of("DQ-40").Select(f => f.Place ?? f.LandIso).ToHashSet();
        Assert.Superset(new HashSet<string?> { "BY", "BE", "NW", "HH", "München", "Wiesbaden", "Wuppertal", "Kreis Gütersloh", "Rhein-Lahn-Kreis" }, places);
        HasCalc(One("DQ-40", FindingSeverity.Info, "BY", "dated differently"), "ae_granted 1,404 at 2007-08-31", false);

        // SH L3214: 58 permits 'Nach Ablauf der Frist' (no date printed); NW L2111: stock 'Am 31.12.2006' 56.160.
        HasCalc(One("DQ-40", FindingSeverity.Info, "SH", "dated differently"), "ae_granted_after_deadline 58 at after 30.9.2007", false);
        HasCalc(One("DQ-40", FindingSeverity.Info, "NW", "dated differently"), "duldung_or_gestattung_holders 56,160 at 2006-12-31", false);
    }

    [Fact]
    public void DQ41_presentation_issues()
    {
        HasCalc(One("DQ-41", FindingSeverity.Info, "SN", "descending"), "Serbien 690, Iran 495, Irak 633", false);
        One("DQ-41", FindingSeverity.Info, "BW", "without counts");
        One("DQ-41", FindingSeverity.Info, "HE", "without counts", "Wiesbaden");
        HasCalc(One("DQ-41", FindingSeverity.Info, "SN", "row label 'SA'"), "printed 'SA' → SN", false);
    }
}
