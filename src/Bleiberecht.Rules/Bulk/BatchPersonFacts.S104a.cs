using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Bulk;

/// <summary>The § 104a facts over the batch's columns (read only for the households the § 104a regimes decide).</summary>
internal readonly ref partial struct BatchPersonFacts
{
    /// <inheritdoc />
    public Truth LanguageExemption => b.LanguageExemption[p];

    /// <inheritdoc />
    public Truth Unmarried => b.Unmarried[p];

    /// <inheritdoc />
    public Truth IntegrationPrognosis => b.IntegrationPrognosis[p];

    /// <inheritdoc />
    public Truth CustodyAssured => b.CustodyAssured[p];

    /// <inheritdoc />
    public Truth ParentsLeave => b.ParentsLeave[p];
}
