namespace Bleiberecht.Rules.Facts;

/// <summary>What the application was filed under: the IMK resolution (the default) § 104a AufenthG directly, or the extension of a § 104a permit.</summary>
public enum ApplicationBasis
{
    /// <summary>An application under the IMK resolution of 17.11.2006 (L137-138); A31 may convert it to § 104a.</summary>
    Imk2006,

    /// <summary>
    /// An application under § 104a AufenthG filed directly, without an IMK application (from 28.8.2007, L2598-2601):
    /// a case of its own, decided under the § 104a regime whatever regime a run chooses (<c>RuleSet.ForCase</c>).
    /// </summary>
    S104a,

    /// <summary>
    /// An application to extend a § 104a permit beyond 31.12.2009 (§ 104a Abs. 5, Abs. 6 AufenthG [background]: verify):
    /// a case of its own, decided under the extension regime whatever regime a run chooses (<c>RuleSet.ForCase</c>).
    /// </summary>
    S104aExtension,
}
