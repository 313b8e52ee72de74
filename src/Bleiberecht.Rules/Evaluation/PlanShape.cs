using Bleiberecht.Rules.Regimes;

namespace Bleiberecht.Rules.Evaluation;

/// <summary>
/// What the decision procedure asks of a plan's structure, as a struct type parameter (ADR 0010 item 8; the
/// <c>INegator&lt;T&gt;</c> technique of dotnet/runtime's SpanHelpers): the bulk loop passes a shape whose answers are
/// constants for the rule sets it was chosen for (<see cref="Bulk.ImkShape"/>), so the JIT drops the code of the
/// other plans; <see cref="AnyPlan"/> reads the plan. Each member answers exactly what <see cref="AnyPlan"/> reads for
/// every plan the shape is chosen for, so the shape never changes a result.
/// </summary>
internal interface IPlanShape
{
    /// <summary>The regime has the family-scope element (element 22).</summary>
    static abstract bool FamilyScope(in RegimePlan plan);

    /// <summary>Some ground spreads only between the spouses or from a parent to the minor children.</summary>
    static abstract bool Couples(in RegimePlan plan);

    /// <summary>Some ground spreads to the whole household except a spouse's particular hardship (§ 104a Abs. 3 S. 2).</summary>
    static abstract bool Hardship(in RegimePlan plan);

    /// <summary>The regime has a discretionary alternative (§ 104a Abs. 2, the § 104b child route).</summary>
    static abstract bool Discretion(in RegimePlan plan);

    /// <summary>Minors are capped by the best-placed adult.</summary>
    static abstract bool CapMinors(in RegimePlan plan);
}

/// <summary>Any plan: its own values, read at run time (the explain path, and every rule set without a constant shape).</summary>
internal readonly struct AnyPlan : IPlanShape
{
    /// <inheritdoc />
    public static bool FamilyScope(in RegimePlan plan) => plan.FamilyScopeBit >= 0;

    /// <inheritdoc />
    public static bool Couples(in RegimePlan plan) => (plan.SpreadSpouses | plan.SpreadParents) != 0;

    /// <inheritdoc />
    public static bool Hardship(in RegimePlan plan) => plan.SpreadWholeHardship != 0;

    /// <inheritdoc />
    public static bool Discretion(in RegimePlan plan) => plan.DiscretionBit >= 0;

    /// <inheritdoc />
    public static bool CapMinors(in RegimePlan plan) => plan.CapMinors;
}
