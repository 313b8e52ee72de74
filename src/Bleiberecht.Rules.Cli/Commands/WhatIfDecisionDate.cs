using System.CommandLine;
using System.Globalization;
using Bleiberecht.Rules.Cli.Input;
using Bleiberecht.Rules.Facts;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>
/// <c>--decision-date YYYY-MM-DD</c>: a what-if that decides every case as if decided on that day, replacing the
/// cases' own decision dates — so <c>compare --regime s104a samples --decision-date 2007-09-15</c> shows the statute
/// on the same households instead of "not in force". Always labelled as a what-if in the output; the case files are
/// not changed.
/// </summary>
internal static class WhatIfDecisionDate
{
    /// <summary>The option, created fresh for each command.</summary>
    public static Option<string?> Option() => new("--decision-date")
    {
        Description = "what-if: decide every case as if decided on this day (YYYY-MM-DD), replacing the cases' own decision dates; labelled as a what-if in the output",
        HelpName = "YYYY-MM-DD",
    };

    /// <summary>The date given, or null; a malformed or out-of-range date is a usage error (exit 2).</summary>
    public static DateOnly? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || date < Serialization.InputLimits.EarliestDate || date > Serialization.InputLimits.LatestDate)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--decision-date: expected a date YYYY-MM-DD between {Serialization.InputLimits.EarliestDate:yyyy-MM-dd} and {Serialization.InputLimits.LatestDate:yyyy-MM-dd}, got '{InputLimits.Echo(text)}'"));
        }

        return date;
    }

    /// <summary>The case as if decided on <paramref name="date"/> (unchanged without one).</summary>
    public static Household Apply(Household household, DateOnly? date) => date is { } d ? household with { DecisionDate = d } : household;

    /// <summary>The label the output carries.</summary>
    public static string Label(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"what-if: every case decided on {date:yyyy-MM-dd} (the cases' own decision dates replaced)");

    /// <summary>A rule-set name with the what-if appended, for outputs that name the rule set per decision.</summary>
    public static string Name(string ruleSet, DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{ruleSet} [what-if: decided {date:yyyy-MM-dd}]");
}
