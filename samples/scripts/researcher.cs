// A researcher's script (a .NET 10 file-based app): run from the repository root with
//   dotnet run samples/scripts/researcher.cs -- BY 5000
// For every Land against the given one: the published permit gap (table 6.1) and the part of it the encoded
// discretion produces on one common synthetic population (see `bleiberecht gap` for one pair in full).
#:project ../../src/Bleiberecht.Rules.Statistics/Bleiberecht.Rules.Statistics.csproj

using System.Globalization;
using Bleiberecht.Rules.Statistics.Data;
using Bleiberecht.Rules.Statistics.Gap;

var reference = args.Length > 0 ? args[0] : "BY";
var size = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5000;
var data = StatisticsDataset.LoadEmbedded();
string Pp(double v) => (100 * v).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture).PadLeft(6);

Console.WriteLine($"Permit gap {reference} − Land: published [Newcombe 95 %] | encoded discretion [paired 95 %], {size} households, seed 1");
foreach (var row in data.Table.Laender.Where(r => r.LandIso != reference && r.Aufenthaltserlaubnisse is not null && r.Antraege is not null))
{
    var gap = PermitGapAnalysis.Compute(data, row.LandIso, reference, size, seed: 1, resamples: 100);
    var p = gap.PublishedDifferenceInterval;
    var c = gap.Coded;
    Console.WriteLine($"  {row.LandIso,-3} {Pp(gap.PublishedDifference)} pp [{Pp(p.Lower)}, {Pp(p.Upper)}] | {Pp(c.Difference)} pp [{Pp(c.DifferenceLower)}, {Pp(c.DifferenceUpper)}]  ({gap.DifferingOptions.Count(o => o.Encoded && !o.SameEffect)} option(s) with an effect)");
}

Console.WriteLine("The remainder of each published gap is not attributed by the model (populations, uncoded practice, dates, units).");
