using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Predicates;
using static Bleiberecht.Rules.Explanation.Citation;

namespace Bleiberecht.Rules.Regimes;

/// <summary>
/// The parts of the statutory rule § 104a AufenthG (in force 28.8.2007, L2598-2601) used when a Land converts
/// IMK applications (A31 <c>Fallback.Convert104a</c>, element 37). Only the study's lines are cited as source;
/// the statute's content (2007 version) is [background]: verify it against the statute.
/// </summary>
public static class S104aElements
{
    /// <summary>37: pending IMK application evaluated under § 104a.</summary>
    public static readonly RuleMeta ToStatute = RuleMeta.Of("IMK.Transition.ToStatute", "Umdeutung in Antrag nach § 104a", "application converted to § 104a", Source("L358-360"), Source("L3033-3036"), Source("L1135-1138"));

    /// <summary>38: the statute applies from 28.8.2007.</summary>
    public static readonly RuleMeta InForce = RuleMeta.Of("S104a.Basis.InForce", "§ 104a in Kraft (28.8.2007)", "§ 104a in force (28.8.2007)", Source("L2598-2601"), Statute("§ 104a AufenthG"));

    /// <summary>40: 8 years, or 6 with a minor unmarried child, on 1.7.2007.</summary>
    public static readonly RuleMeta MinYears = RuleMeta.Of("S104a.Abs1.MinYears", "Voraufenthalt 8/6 Jahre am 1.7.2007", "residence 8/6 years on 1.7.2007", Statute("§ 104a Abs. 1 S. 1 AufenthG"), Background("Stichtag 1.7.2007; 6 years with a minor unmarried child in the household"));

    /// <summary>47: permit "auf Probe" under § 23 Abs. 1 until 31.12.2009 when livelihood is not secured.</summary>
    public static readonly RuleMeta OnProbation = RuleMeta.Of("S104a.Abs1.S2", "Aufenthaltserlaubnis auf Probe (bis 31.12.2009)", "probationary permit (until 31.12.2009)", Source("L1135-1138"), Source("L2598-2601"), Statute("§ 104a Abs. 1 S. 2 AufenthG"));

    /// <summary>A permit the authority may grant ("kann"): § 104a Abs. 2 S. 1 / S. 2, § 104b AufenthG.</summary>
    public static readonly RuleMeta Discretionary = RuleMeta.Of("S104a.Outcome.Discretionary", "Aufenthaltserlaubnis nach Ermessen (kann)", "discretionary permit (may be granted)", Statute("§ 104a Abs. 2 AufenthG"), Statute("§ 104b AufenthG"), Background("\"kann\": the grant is at the authority's discretion; verify"));

    /// <summary>Date the statute entered into force (L2598-2601: "ab 28. August 2007").</summary>
    public static readonly DateOnly InForceDate = new(2007, 8, 28);

    /// <summary>[background] § 104a Abs. 1 S. 1: reference date of the residence time.</summary>
    public static readonly DateOnly ReferenceDate = new(2007, 7, 1);

    /// <summary>[background] § 104a Abs. 5: end of validity of the permits.</summary>
    public static readonly DateOnly ValidUntil = new(2009, 12, 31);
}
