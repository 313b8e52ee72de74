using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>The bulk path's tracer: records nothing, so the JIT removes every guarded report from the kernel.</summary>
internal struct NoTrace : ITrace
{
    /// <inheritdoc />
    public static bool Enabled => false;

    /// <inheritdoc />
    public readonly void Ask(string property, string questionDe, string questionEn)
    {
    }

    /// <inheritdoc />
    public readonly void AskHousehold(string property, string questionDe, string questionEn)
    {
    }

    /// <inheritdoc />
    public readonly void Detail(Label? detail)
    {
    }
}
