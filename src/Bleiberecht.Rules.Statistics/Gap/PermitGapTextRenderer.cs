using System.Globalization;
using System.Text;

namespace Bleiberecht.Rules.Statistics.Gap;

/// <summary>Plain-text rendering of a <see cref="PermitGap"/> (culture-invariant numbers).</summary>
public static class PermitGapTextRenderer
{
    /// <summary>Renders the gap, its coded part, the options behind it, the findings and the caveats.</summary>
    public static string Render(PermitGap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        var s = new StringBuilder();
        string Pct(double v) => (100 * v).ToString("0.0", CultureInfo.InvariantCulture);
        string Pp(double v) => (100 * v).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);
        string N(int v) => v.ToString("N0", CultureInfo.InvariantCulture);
        void Line(string text) => s.Append(text).Append('\n');

        Line($"Permit gap {gap.LandB} − {gap.LandA} ({gap.NameB} vs {gap.NameA})");
        Line("Run: " + gap.Metadata.ToLine());
        Line(string.Empty);
        Line("Published (table 6.1, Aufenthaltserlaubnisse / Anträge):");
        foreach (var (iso, name, rate, line) in new[] { (gap.LandA, gap.NameA, gap.PublishedA, gap.SourceLineA), (gap.LandB, gap.NameB, gap.PublishedB, gap.SourceLineB) })
        {
            Line($"  {iso} {name} (L{line}): {N(rate.Numerator!.Value)} / {N(rate.Denominator!.Value)} = {Pct(rate.Estimate!.Value)} % [Wilson 95 %: {Pct(rate.Wilson!.Lower)}, {Pct(rate.Wilson.Upper)}]");
            foreach (var caveat in rate.Caveats)
            {
                Line($"     caveat: {caveat}");
            }
        }

        var d = gap.PublishedDifferenceInterval;
        Line($"  difference {gap.LandB} − {gap.LandA}: {Pp(gap.PublishedDifference)} pp [Newcombe 95 %: {Pp(d.Lower)}, {Pp(d.Upper)}]");
        Line(string.Empty);
        Line("Published per decided case (Aufenthaltserlaubnisse / (Aufenthaltserlaubnisse + Ablehnung); backlog removed):");
        foreach (var (iso, dec, und) in new[] { (gap.LandA, gap.DecidedA, gap.UndecidedA), (gap.LandB, gap.DecidedB, gap.UndecidedB) })
        {
            var decided = dec.Estimate is { } e ? $"{N(dec.Numerator!.Value)} / {N(dec.Denominator!.Value)} = {Pct(e)} % [Wilson 95 %: {Pct(dec.Wilson!.Lower)}, {Pct(dec.Wilson.Upper)}]" : "absent: " + dec.AbsentReason;
            var backlog = und.Estimate is { } u ? $"{Pct(u)} % of applications undecided" : "undecided k.A.";
            Line($"  {iso}: {decided}; backlog {backlog}");
        }

        if (gap.PublishedDecidedDifference is { } dd && gap.PublishedDecidedDifferenceInterval is { } di)
        {
            Line($"  difference {gap.LandB} − {gap.LandA}: {Pp(dd)} pp [Newcombe 95 %: {Pp(di.Lower)}, {Pp(di.Upper)}]");
        }

        if (gap.PublishedDifferenceExcludingUndecided is { } ex)
        {
            Line($"  per application minus undecided (permits / (applications − undecided)): {Pp(ex)} pp");
        }

        Line(string.Empty);

        var c = gap.Coded;
        Line($"Encoded discretion on one synthetic population ({N(c.Households)} households, {N(c.Persons)} persons, seed {c.Seed}; residence permits per person):");
        Line($"  {gap.LandA}: {Pct(c.ShareA)} % [{Pct(c.LowerA)}, {Pct(c.UpperA)}]   {gap.LandB}: {Pct(c.ShareB)} % [{Pct(c.LowerB)}, {Pct(c.UpperB)}]");
        Line($"  difference {gap.LandB} − {gap.LandA}: {Pp(c.Difference)} pp [paired bootstrap 95 %, {c.Resamples} resamples: {Pp(c.DifferenceLower)}, {Pp(c.DifferenceUpper)}]");
        if (gap.CodedShareOfGap is not { } share)
        {
            Line("  the published difference is not distinguishable from 0 (its interval includes 0), so no share of it is computed.");
        }
        else if (share < 0)
        {
            Line($"  the encoded discretion points the other way; the published {Pp(gap.PublishedDifference)} pp are not attributed by this model.");
        }
        else
        {
            Line($"  that is {(100 * share).ToString("0.0", CultureInfo.InvariantCulture)} % of the published difference; the other {Pp(gap.PublishedDifference - c.Difference)} pp are not attributed by this model.");
        }

        if (gap.CodedShareOfGapBounds is { } sb)
        {
            Line($"  share bounds {(100 * sb.Lower).ToString("0.0", CultureInfo.InvariantCulture)} % to {(100 * sb.Upper).ToString("0.0", CultureInfo.InvariantCulture)} % (corners of both 95 % intervals, conservative); units: {sb.Units}");
        }

        if (gap.CodedDecided is { } cd)
        {
            Line($"  decided-case share (permits / (permits + refusals), persons): {gap.LandA} {Pct(cd.ShareA)} %, {gap.LandB} {Pct(cd.ShareB)} %, difference {Pp(cd.Difference)} pp [paired bootstrap 95 %: {Pp(cd.DifferenceLower)}, {Pp(cd.DifferenceUpper)}]");
        }

        if (gap.CodedShareOfDecidedGap is { } ds)
        {
            Line($"  like-for-like share of the decided-case gap: {(100 * ds.Share).ToString("0.0", CultureInfo.InvariantCulture)} % (bounds {(100 * ds.Lower).ToString("0.0", CultureInfo.InvariantCulture)} % to {(100 * ds.Upper).ToString("0.0", CultureInfo.InvariantCulture)} %); units: {ds.Units}");
        }

        Line("  (bootstrap intervals are simulation noise of one synthetic population: they shrink with its size and say nothing about the parameters' uncertainty)");
        Line(string.Empty);
        Line($"Options on which the profiles differ ({gap.DifferingOptions.Count}; study lines):");
        foreach (var o in gap.DifferingOptions)
        {
            var where = string.Join("; ", new[] { o.SourceA is null ? null : $"{gap.LandA} {o.SourceA}", o.SourceB is null ? null : $"{gap.LandB} {o.SourceB}" }.Where(x => x is not null));
            var tag = !o.Encoded ? "  [procedural: no effect on decisions]" : o.SameEffect ? "  [same rule parameters: no effect]" : string.Empty;
            Line($"  {o.OptionId}: {gap.LandA} {o.ValueA} | {gap.LandB} {o.ValueB}{(where.Length > 0 ? $"  ({where})" : string.Empty)}{tag}");
        }

        Line(string.Empty);
        var serious = gap.Findings.Where(f => f.Severity >= Validation.FindingSeverity.Warning).ToList();
        Line($"Data-quality warnings and errors on {gap.LandA} and {gap.LandB} ({serious.Count}; {gap.Findings.Count - serious.Count} passed checks and notes in --json):");
        foreach (var f in serious)
        {
            Line($"  {f.Id} {f.Severity.ToString().ToLowerInvariant()} {f.LandIso}: {f.Message}");
        }

        Line(string.Empty);
        Line("Caveats:");
        foreach (var caveat in gap.Caveats)
        {
            Line($"  - {caveat}");
        }

        return s.ToString();
    }
}
