using System.Globalization;
using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Regimes.S104aExtension;

/// <summary>
/// The extension regime's dated parameters among the options a decision read (<see cref="OptionTrace.Read"/>): the
/// IMK decision of 4.12.2009 (<see cref="ExtensionParameters.ProbationExtension"/>) wherever its element appears in
/// the explanation, described as a profile's dated option is — its value and period on the decision date, or every
/// period where the date is unknown.
/// </summary>
internal static class ExtensionDatedParameters
{
    /// <summary>The dated parameters read by a decision whose explanation shows <paramref name="elements"/>.</summary>
    internal static IEnumerable<OptionRead> Read(IReadOnlySet<string> elements, DateOnly? decisionDate)
    {
        if (!elements.Contains(ExtensionMeta.ImkDecision.Id))
        {
            yield break;
        }

        var id = ExtensionParameters.ProbationExtensionId;
        var values = ExtensionParameters.ProbationExtension;
        static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (decisionDate is { } date && values.At(date) is { } v)
        {
            yield return new OptionRead(id, new Label(
                $"{id} = {(v.Value ? "ja" : "nein")} (s104a-extension, {v.Citation}, ab {D(v.From)})",
                $"{id} = {(v.Value ? "yes" : "no")} (s104a-extension, {v.Citation}, from {D(v.From)})"), true);
            yield break;
        }

        var periods = string.Join("; ", values.Values.Select(x => $"{(x.Value ? "yes" : "no")} from {D(x.From)} ({x.Citation})"));
        yield return new OptionRead(id, new Label(
            $"{id} hängt vom Entscheidungsdatum ab: {periods} (s104a-extension)",
            $"{id} depends on the decision date: {periods} (s104a-extension)"), true);
    }
}
