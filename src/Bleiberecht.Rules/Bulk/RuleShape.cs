using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Regimes;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// What the household loop asks of a compiled rule set's structure, as a struct type parameter chosen once per call
/// of the loop (ADR 0010 item 8; the <c>INegator&lt;T&gt;</c> technique of dotnet/runtime's SpanHelpers): for the
/// shape every built-in IMK rule set has (<see cref="ImkShape"/>) each answer is a constant and the JIT drops the
/// branches and code of the others; <see cref="AnyShape"/> reads the compiled rule set's own flags and decides every
/// rule set. Each member answers exactly what <see cref="AnyShape"/> reads for a rule set of that shape
/// (<see cref="CompiledRuleSet.IsImkShape"/> checks it when compiling), so the shape chosen never changes a result:
/// there is one algorithm, and the type parameter only replaces its reads of these flags.
/// </summary>
internal interface IRuleShape : IPlanShape
{
    /// <summary><see cref="CompiledRuleSet.GateIsBuiltIn"/>.</summary>
    static abstract bool GateIsBuiltIn(CompiledRuleSet c);

    /// <summary><see cref="CompiledRuleSet.HasCustomElements"/>.</summary>
    static abstract bool HasCustomElements(CompiledRuleSet c);

    /// <summary><see cref="CompiledRuleSet.FamilyIsBuiltIn"/>.</summary>
    static abstract bool FamilyIsBuiltIn(CompiledRuleSet c);

    /// <summary><see cref="CompiledRuleSet.HasS104aElements"/>.</summary>
    static abstract bool HasS104aElements(CompiledRuleSet c);

    /// <summary>Whether the regime has a verdict at <paramref name="bit"/> (a bit of the compiled rule set, -1 if absent) of a member's own built-in elements.</summary>
    static abstract bool Has(int bit);

    /// <summary>
    /// The one-bit mask at which a member's built-in element is filed: <paramref name="compiled"/>, the compiled rule
    /// set's (<c>CompiledRuleSet.Mask…</c>), or for <see cref="ImkShape"/> the constant of <see cref="ImkLayout"/>
    /// (<paramref name="imkBit"/>), which <see cref="CompiledRuleSet.IsImkShape"/> checked equal.
    /// </summary>
    static abstract uint Mask(uint compiled, int imkBit);
}

/// <summary>Any compiled rule set: its own flags, read at run time.</summary>
internal readonly struct AnyShape : IRuleShape
{
    /// <inheritdoc />
    public static bool GateIsBuiltIn(CompiledRuleSet c) => c.GateIsBuiltIn;

    /// <inheritdoc />
    public static bool HasCustomElements(CompiledRuleSet c) => c.HasCustomElements;

    /// <inheritdoc />
    public static bool FamilyIsBuiltIn(CompiledRuleSet c) => c.FamilyIsBuiltIn;

    /// <inheritdoc />
    public static bool HasS104aElements(CompiledRuleSet c) => c.HasS104aElements;

    /// <inheritdoc />
    public static bool Has(int bit) => bit >= 0;

    /// <inheritdoc />
    public static uint Mask(uint compiled, int imkBit) => compiled;

    /// <inheritdoc />
    public static bool FamilyScope(in RegimePlan plan) => AnyPlan.FamilyScope(in plan);

    /// <inheritdoc />
    public static bool Couples(in RegimePlan plan) => AnyPlan.Couples(in plan);

    /// <inheritdoc />
    public static bool Hardship(in RegimePlan plan) => AnyPlan.Hardship(in plan);

    /// <inheritdoc />
    public static bool Discretion(in RegimePlan plan) => AnyPlan.Discretion(in plan);

    /// <inheritdoc />
    public static bool CapMinors(in RegimePlan plan) => AnyPlan.CapMinors(in plan);
}

/// <summary>
/// The IMK regime's own structure (the base rule and the Land profiles, whatever their options): the built-in gate
/// and family elements, no user-defined or § 104a elements, and every member element of its own (scope, the exclusion
/// grounds, cooperation, residence time, German) present; its procedure has the family scope, grounds that spread to
/// the whole household, no discretionary alternative, and caps minors. Chosen only where
/// <see cref="CompiledRuleSet.IsImkShape"/>.
/// </summary>
internal readonly struct ImkShape : IRuleShape
{
    /// <inheritdoc />
    public static bool GateIsBuiltIn(CompiledRuleSet c) => true;

    /// <inheritdoc />
    public static bool HasCustomElements(CompiledRuleSet c) => false;

    /// <inheritdoc />
    public static bool FamilyIsBuiltIn(CompiledRuleSet c) => true;

    /// <inheritdoc />
    public static bool HasS104aElements(CompiledRuleSet c) => false;

    /// <inheritdoc />
    public static bool Has(int bit) => true;

    /// <inheritdoc />
    public static uint Mask(uint compiled, int imkBit) => 1u << imkBit;

    /// <inheritdoc />
    public static bool FamilyScope(in RegimePlan plan) => true;

    /// <inheritdoc />
    public static bool Couples(in RegimePlan plan) => false;

    /// <inheritdoc />
    public static bool Hardship(in RegimePlan plan) => false;

    /// <inheritdoc />
    public static bool Discretion(in RegimePlan plan) => false;

    /// <inheritdoc />
    public static bool CapMinors(in RegimePlan plan) => true;
}
