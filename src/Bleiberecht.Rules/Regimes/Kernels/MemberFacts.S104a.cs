using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>The § 104a facts over the object graph.</summary>
internal readonly partial struct MemberFacts
{
    /// <inheritdoc />
    public Truth LanguageExemption => person.LanguageExemption.ToTruth();

    /// <inheritdoc />
    public Truth Unmarried => person.Unmarried.ToTruth();

    /// <inheritdoc />
    public Truth IntegrationPrognosis => person.IntegrationPrognosis.ToTruth();

    /// <inheritdoc />
    public Truth CustodyAssured => person.CustodyAssured.ToTruth();

    /// <inheritdoc />
    public Truth ParentsLeave => person.ParentsLeave.ToTruth();
}
