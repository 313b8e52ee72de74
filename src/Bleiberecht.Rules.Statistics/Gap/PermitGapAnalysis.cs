using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Statistics.Data;
using Bleiberecht.Rules.Statistics.Inference;
using Bleiberecht.Rules.Statistics.Reporting;
using Bleiberecht.Rules.Statistics.Simulation;

namespace Bleiberecht.Rules.Statistics.Gap;

/// <summary>
/// Builds a <see cref="PermitGap"/>: the published permit rates of two Länder (table 6.1) with a Newcombe interval
/// for their difference, and the difference their encoded profiles make on one synthetic population (paired
/// bootstrap), with the options behind it and the data-quality findings on both rows.
/// </summary>
public static class PermitGapAnalysis
{
    /// <summary>What a coded difference means next to a published one (printed with every gap).</summary>
    public static readonly IReadOnlyList<string> StandardCaveats =
    [
        "The coded difference is what the two Länder's options as transcribed from the study do to the same households; "
        + "the rest of the published gap is not attributed by this model: it holds the Länder's populations, practice "
        + "the study describes but does not quantify, staffing, and differences in reporting dates.",
        "The published rate is Aufenthaltserlaubnisse / Anträge as printed in table 6.1 (L4320-4369); the simulated share "
        + "is residence permits per person of a synthetic applicant population. Where a Land counts applications in "
        + "other units (see the rate caveats), the two are not the same quantity.",
        "Options the study states for a Land only as practice, or with values the option types cannot hold, are listed in "
        + "the profile notes and are not part of the coded difference.",
        WhatIfRunner.CaveatText,
    ];

    /// <summary>Compares two Länder.</summary>
    /// <param name="data">The published figures (e.g. <see cref="StatisticsDataset.LoadEmbedded"/>).</param>
    /// <param name="landA">First Land's ISO code (e.g. <c>SL</c>).</param>
    /// <param name="landB">Second Land's ISO code (e.g. <c>BY</c>).</param>
    /// <param name="households">Size of the synthetic population.</param>
    /// <param name="seed">Seed of the population and of the bootstrap.</param>
    /// <param name="parameters">Population parameters; null = <see cref="PopulationParameters.Default"/>.</param>
    /// <param name="resamples">Bootstrap resamples.</param>
    /// <param name="metadata">Run metadata; null = the package's version and commit, "caller-supplied" data, no arguments, this seed.</param>
    /// <exception cref="ArgumentException">A code is not a Land of table 6.1 with a Land profile, or its permit rate is not published.</exception>
    public static PermitGap Compute(StatisticsDataset data, string landA, string landB, int households = 20_000, long seed = 1, PopulationParameters? parameters = null, int resamples = 1000, RunMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(households, 1);
        var a = Land(data, landA, nameof(landA));
        var b = Land(data, landB, nameof(landB));
        if (string.Equals(a.Row.LandIso, b.Row.LandIso, StringComparison.Ordinal))
        {
            throw new ArgumentException($"compare two different Länder (both are {a.Row.LandIso})", nameof(landB));
        }

        var report = StatisticsReport.Build(data);
        var rateA = report.Rows.Single(r => r.LandIso == a.Row.LandIso).PermitRate;
        var rateB = report.Rows.Single(r => r.LandIso == b.Row.LandIso).PermitRate;
        if (rateA.Estimate is not { } pa || rateB.Estimate is not { } pb)
        {
            throw new ArgumentException($"the permit rate of {(rateA.Estimate is null ? a.Row.LandIso : b.Row.LandIso)} is not published ({(rateA.Estimate is null ? rateA : rateB).AbsentReason})");
        }

        var difference = ProportionIntervals.NewcombeDifference(rateB.Numerator!.Value, rateB.Denominator!.Value, rateA.Numerator!.Value, rateA.Denominator!.Value);

        // The same households under both profiles: the first is the base of the table, so the second row's difference
        // is B − A with a paired interval.
        var population = PopulationGenerator.Generate(parameters ?? PopulationParameters.Default, households, seed);
        var table = WhatIfRunner.Run(population, [ProfileCatalog.ToRuleSet(a.Profile), ProfileCatalog.ToRuleSet(b.Profile)], new WhatIfOptions(resamples, seed));
        var sa = table.Rows[0].Person(OutcomeCategory.Permit);
        var sb = table.Rows[1].Person(OutcomeCategory.Permit);
        var coded = new CodedDiscretionEffect(sa.Share, sa.Lower, sa.Upper, sb.Share, sb.Lower, sb.Upper,
            sb.DifferenceToBase, sb.DifferenceLower, sb.DifferenceUpper, table.Households, table.Persons, seed, table.Resamples);

        var published = pb - pa;
        var findings = report.Findings.Where(f => f.LandIso == a.Row.LandIso || f.LandIso == b.Row.LandIso).ToList();
        var rowA = report.Rows.Single(r => r.LandIso == a.Row.LandIso);
        var rowB = report.Rows.Single(r => r.LandIso == b.Row.LandIso);
        var decA = rowA.DecidedPermitRate;
        var decB = rowB.DecidedPermitRate;
        double? decidedDifference = null;
        ConfidenceInterval? decidedInterval = null;
        if (decA.Estimate is { } da && decB.Estimate is { } db)
        {
            decidedDifference = db - da;
            decidedInterval = ProportionIntervals.NewcombeDifference(decB.Numerator!.Value, decB.Denominator!.Value, decA.Numerator!.Value, decA.Denominator!.Value);
        }

        double? excludingUndecided = a.Row is { Aufenthaltserlaubnisse: { } ka, Antraege: { } na, Offen: { } oa } && b.Row is { Aufenthaltserlaubnisse: { } kb, Antraege: { } nb, Offen: { } ob }
            && na > oa && nb > ob
            ? ((double)kb / (nb - ob)) - ((double)ka / (na - oa))
            : null;

        CodedDiscretionEffect? codedDecided = null;
        if (table.Rows[0].DecidedPermitShare is { } ca && table.Rows[1].DecidedPermitShare is { } cb)
        {
            codedDecided = new CodedDiscretionEffect(ca.Share, ca.Lower, ca.Upper, cb.Share, cb.Lower, cb.Upper,
                cb.DifferenceToBase, cb.DifferenceLower, cb.DifferenceUpper, table.Households, table.Persons, seed, table.Resamples);
        }

        var shareBounds = GapShare.Create("permits per application (published) vs permits per person (simulated): not the same unit",
            coded.Difference, coded.DifferenceLower, coded.DifferenceUpper, published, difference.Lower, difference.Upper);
        var decidedShare = codedDecided is not null && decidedDifference is { } dd && decidedInterval is not null
            ? GapShare.Create("permits per decided case (published: per decided application; simulated: per decided person)",
                codedDecided.Difference, codedDecided.DifferenceLower, codedDecided.DifferenceUpper, dd, decidedInterval.Lower, decidedInterval.Upper)
            : null;
        return new PermitGap(a.Row.LandIso, b.Row.LandIso, a.Row.LandName, b.Row.LandName, rateA, rateB, a.Row.SourceLine, b.Row.SourceLine, published, difference, coded,
            Distinguishable(difference) ? coded.Difference / published : null, Differences(a.Profile, b.Profile), findings, StandardCaveats,
            decA, decB, rowA.UndecidedShare, rowB.UndecidedShare, decidedDifference, decidedInterval, excludingUndecided, codedDecided, shareBounds, decidedShare,
            metadata ?? RunMetadata.ForSuppliedData([], seed));
    }

    /// <summary>A share of a gap is only meaningful for a gap whose interval excludes zero.</summary>
    private static bool Distinguishable(ConfidenceInterval difference) => difference.Lower > 0 || difference.Upper < 0;

    /// <summary>Every option stated by either profile whose values differ (an option stated by neither keeps the base in both).</summary>
    public static IReadOnlyList<OptionDifference> Differences(LandProfile a, LandProfile b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var result = new List<OptionDifference>();
        foreach (var option in OptionCatalog.All)
        {
            var va = a.Find(option.Id);
            var vb = b.Find(option.Id);
            if (va is null && vb is null)
            {
                continue;
            }

            var ta = va?.ValueText ?? "base";
            var tb = vb?.ValueText ?? "base";
            if (!string.Equals(ta, tb, StringComparison.Ordinal))
            {
                // Applied to the base alone, so that the comparison is of this option's effect, not of the others'.
                var ea = va is null ? ImkOptions.Base : OptionApplier.Apply(ImkOptions.Base, option.Id, va.Value);
                var eb = vb is null ? ImkOptions.Base : OptionApplier.Apply(ImkOptions.Base, option.Id, vb.Value);
                result.Add(new OptionDifference(option.Id, ta, tb, va?.Lines?.Reference, vb?.Lines?.Reference, option.IsApplied, ea == eb));
            }
        }

        return result;
    }

    private static (Table61Row Row, LandProfile Profile) Land(StatisticsDataset data, string code, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code, parameter);
        var iso = code.Trim().ToUpperInvariant();
        var row = data.Table.Laender.FirstOrDefault(r => r.LandIso == iso || string.Equals(r.LandName, code.Trim(), StringComparison.OrdinalIgnoreCase));
        var profile = row is null ? null : ProfileCatalog.Find(row.LandIso);
        if (row is null || profile is null || profile.Kind != ProfileKind.Land)
        {
            var known = string.Join(", ", data.Table.Laender.Select(r => r.LandIso));
            throw new ArgumentException($"'{code}' is not a Land of table 6.1 (one of {known})", parameter);
        }

        return (row, profile);
    }
}
