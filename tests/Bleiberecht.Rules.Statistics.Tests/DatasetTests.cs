using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Tests;

public class DatasetTests
{
    private static readonly StatisticsDataset Data = StatisticsDataset.LoadEmbedded();

    [Fact]
    public void Table_has_16_Laender_and_DE_with_source_lines()
    {
        Assert.Equal(16, Data.Table.Laender.Count);
        Assert.Equal(4365, Data.Table.FederalTotal.SourceLine);
        Assert.Equal(178326, Data.Table.FederalTotal.Duldungen);
    }

    [Fact]
    public void Printed_SA_is_Sachsen_SN_and_keeps_its_label()
    {
        var sn = Data.Table.Get("SN");
        Assert.Equal("SA", sn.PrintedLabel);
        Assert.Equal("Sachsen", sn.LandName);
        Assert.Equal(4359, sn.SourceLine);
        Assert.Equal("Sachsen-Anhalt", Data.Table.Get("ST").LandName);
    }

    [Fact]
    public void KA_cells_are_null_never_zero()
    {
        var be = Data.Table.Get("BE");
        Assert.Null(be.DuldungArbeitssuche);
        Assert.Null(be.Offen);
        Assert.Equal(466, be.Ablehnung);
        Assert.Null(Data.Table.Get("RP").Ablehnung);
        Assert.Null(Data.Table.Get("ST").Offen);
        Assert.Null(Data.Table.Get("HH").DuldungArbeitssuche);
        Assert.Null(Data.Chapters.Require("Berlin", "undecided").Value);
    }

    [Fact]
    public void Chapter_figures_parse_ranges_units_dates_and_categories()
    {
        var range = Data.Chapters.Require("Landkreis Oder-Spree", "ae_holders_in_temporary_jobs");
        Assert.Equal(new FigureValue(15, 20), range.Value);
        Assert.Equal(ValueQualifier.Range, range.Qualifier);
        var mv = Data.Chapters.Where("Mecklenburg-Vorpommern", "applications");
        Assert.Equal(["31.6.2007", "31.9.2007"], mv.Select(f => f.ReferenceDate!.Printed).ToArray());
        Assert.All(mv, f => Assert.False(f.ReferenceDate!.IsValid));
        var reason = Data.Chapters.Require("Berlin", "rejected_reason[Stichtagsregelung]");
        Assert.Equal("rejected_reason", reason.BaseMetric);
        Assert.Equal("Stichtagsregelung", reason.Category);
        Assert.Equal(CountingUnit.ResidencePermits, Data.Chapters.Require("Bayern", "ae_granted").Unit);
        Assert.Equal(ReferenceDatePrecision.Interval, Data.Chapters.Require("Wuppertal", "population").ReferenceDate!.Precision);
    }

    [Theory]
    [InlineData("2007-09-30", ReferenceDatePrecision.Day, true)]
    [InlineData("2007-10", ReferenceDatePrecision.Month, true)]
    [InlineData("2006", ReferenceDatePrecision.Year, true)]
    [InlineData("1991/2003", ReferenceDatePrecision.Interval, true)]
    [InlineData("2007-02-30", ReferenceDatePrecision.Invalid, false)]
    [InlineData("31. September 2007", ReferenceDatePrecision.Invalid, false)]
    public void Reference_dates_parse_without_coercion(string text, ReferenceDatePrecision precision, bool valid)
    {
        var d = ReferenceDate.Parse(text);
        Assert.Equal(precision, d.Precision);
        Assert.Equal(valid, d.IsValid);
        Assert.Equal(text, d.Printed);
    }

    [Fact]
    public void Malformed_table_row_names_file_line_and_column()
    {
        const string csv = "land_iso,land_label_printed,land_name,duldungen_2006_10_31,antraege,antraege_pct_printed,aufenthaltserlaubnisse,ae_pct_printed,duldung_arbeitssuche,ablehnung,offen,source_line\n"
            + "BW,BW,Baden-Württemberg,21964,10194,46.4,3036,29.8,2740,973,3445,4337\n"
            + "BY,BY,Bayern,12.379,3400,27.5,1618,47.6,1283,409,90,4338\n";
        var ex = Assert.Throws<StatisticsDataException>(() => StatisticsDataset.ParseTable61(csv, "bad.csv"));
        Assert.Equal("bad.csv", ex.FileName);
        Assert.Equal(3, ex.LineNumber);
        Assert.Equal(4, ex.ColumnNumber);
        Assert.Contains("duldungen_2006_10_31", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'12.379'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_chapter_row_reports_unknown_unit_and_field_count()
    {
        const string header = "scope,land_iso,name,metric,value,unit,reference_date,source_line,note\n";
        var unit = Assert.Throws<StatisticsDataException>(() => StatisticsDataset.ParseChapterFigures(header + "land,BW,X,applications,5,people,,400,\n", "c.csv"));
        Assert.Equal((2, 6), (unit.LineNumber, unit.ColumnNumber));
        var count = Assert.Throws<StatisticsDataException>(() => StatisticsDataset.ParseChapterFigures(header + "land,BW,X,applications,5\n", "c.csv"));
        Assert.Equal(2, count.LineNumber);
        var value = Assert.Throws<StatisticsDataException>(() => StatisticsDataset.ParseChapterFigures(header + "land,BW,X,applications,\"1,5\",persons,,400,\n", "c.csv"));
        Assert.Equal((2, 5), (value.LineNumber, value.ColumnNumber));
    }
}
