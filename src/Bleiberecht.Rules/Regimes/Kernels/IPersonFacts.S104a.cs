using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>The facts only the § 104a regime's own elements read (oral German's exemption, the Abs. 2 and § 104b routes).</summary>
internal partial interface IPersonFacts
{
    /// <summary>Illness, disability or age prevent reaching A2 (§ 104a Abs. 1 S. 5).</summary>
    Truth LanguageExemption { get; }

    /// <summary>Unmarried (ledig; § 104a Abs. 2 S. 1).</summary>
    Truth Unmarried { get; }

    /// <summary>Lasting integration appears assured (§ 104a Abs. 2, § 104b).</summary>
    Truth IntegrationPrognosis { get; }

    /// <summary>The child's custody in Germany is assured (§ 104b, § 104a Abs. 3 S. 3).</summary>
    Truth CustodyAssured { get; }

    /// <summary>The parents leave after their refusal (§ 104b).</summary>
    Truth ParentsLeave { get; }
}
