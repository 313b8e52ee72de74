using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Options.Dated;

namespace Bleiberecht.Rules.Regimes.S104aExtension;

/// <summary>
/// The dates and thresholds of the extension of § 104a permits (§ 104a Abs. 5, Abs. 6 AufenthG, 2007 version, and
/// the IMK decision of 4.12.2009). The study prints none of them (it ends in 2008): every value is [background] —
/// verify against the statute and the IMK decision. They are the regime's, not a Land's (<see cref="Adapt"/>).
/// </summary>
internal static class ExtensionParameters
{
    /// <summary>§ 104a Abs. 5 S. 1 [background]: the § 104a permits run until 31.12.2009; the extension is decided then.</summary>
    public static DateOnly ValidUntil => S104aElements.ValidUntil;

    /// <summary>§ 104a Abs. 5 S. 2, second case [background]: livelihood secured "mindestens seit dem 1. April 2009" (that day included).</summary>
    public static readonly DateOnly FullySecuredBy = new(2009, 4, 1);

    /// <summary>
    /// Whether permits "auf Probe" can be extended by two years, as a dated value (<see cref="DatedValues{T}"/>, like
    /// the profiles' dated practice, ADR 0009): not under § 104a Abs. 5 itself (from 28.8.2007); from the IMK decision
    /// of 4.12.2009 on ([background]: the study ends in 2008 — verify against the IMK's decision). An extension
    /// decided before 4.12.2009 has no such route, one decided on or after it has. Shown in the explanation's option
    /// reads (<see cref="Explanation.OptionTrace.Read"/>) with its period and citation.
    /// </summary>
    public static readonly DatedValues<bool> ProbationExtension = new(
    [
        new Dated<bool>(S104aElements.InForceDate, false, Citation.Statute("§ 104a Abs. 5 AufenthG: no extension \"auf Probe\" [background]: verify")),
        new Dated<bool>(new DateOnly(2009, 12, 4), true, Citation.Background("IMK-Beschluss vom 4.12.2009: Aufenthaltserlaubnisse \"auf Probe\" um zwei Jahre verlängert; verify")),
    ]);

    /// <summary>The id under which <see cref="ProbationExtension"/> appears among the options a decision read.</summary>
    public const string ProbationExtensionId = "S104a.Abs5.Imk2009.ProbationExtension";

    /// <summary>The day the IMK decision applies from: the first day <see cref="ProbationExtension"/> is true.</summary>
    public static DateOnly ProbationExtensionDecided => ProbationExtension.Values.First(v => v.Value).From;

    /// <summary>
    /// § 104a Abs. 5 S. 2 [background]: extended "um weitere zwei Jahre", i.e. until 31.12.2011; the IMK decision of
    /// 4.12.2009 extends the permit "auf Probe" to the same day, and a discretionary extension (Abs. 6) runs as long.
    /// </summary>
    public static readonly DateOnly ExtendedUntil = new(2011, 12, 31);

    /// <summary>§ 104a Abs. 6 S. 2 Nr. 5 [background]: aged 65 "am 31. Dezember 2009".</summary>
    public const int ElderlyMinAge = 65;

    /// <summary>
    /// "Überwiegend" (Abs. 5 S. 2) read as more than half of the period's months: <c>2 · secured &gt; period</c>,
    /// so exactly half is not "mostly" ([background]: the ordinary meaning of "überwiegend", more than half; verify
    /// against the BMI Anwendungshinweise). Integer arithmetic on validated month counts (at most 1,200): no overflow.
    /// </summary>
    public static bool Mostly(int securedMonths, int periodMonths) => 2L * securedMonths > periodMonths;

    /// <summary>
    /// A rule set's options under the extension: the ages are measured on 31.12.2009 (Abs. 6 S. 2 Nr. 5), the § 104a
    /// thresholds of the grant hold again (§ 8 Abs. 1 AufenthG: an extension needs the conditions of the grant), and
    /// the Abs. 6 hardship groups are the statute's, whatever a profile said of IMK Punkt 3.3.
    /// </summary>
    public static ImkOptions Adapt(ImkOptions o)
    {
        var s = S104a.S104aParameters.Adapt(o);
        return s with
        {
            Residence = s.Residence with { ReferenceDate = ValidUntil },
            ExceptionGroups = s.ExceptionGroups with
            {
                FamiliesOnTemporarySupplementaryBenefits = true,
                SingleParentsWorkNotReasonable = true,
                UnableToWorkSecuredOtherwise = true,
                ElderlyWithFamilyInGermany = true,
                ElderlyMinAge = ElderlyMinAge,
            },
        };
    }
}
