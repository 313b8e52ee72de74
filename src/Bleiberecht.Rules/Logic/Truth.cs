namespace Bleiberecht.Rules.Logic;

/// <summary>
/// A three-valued truth value (strong Kleene logic). <see cref="Unknown"/> means a fact needed for the answer is
/// missing; it is never silently treated as <see cref="False"/>: an unknown fact yields an open question, never a refusal.
/// </summary>
/// <remarks>
/// The numeric order False &lt; Unknown &lt; True is deliberate: Kleene conjunction is the minimum, disjunction the
/// maximum and negation the mirror image, which keeps the bulk path branch-free.
/// </remarks>
public enum Truth : byte
{
    /// <summary>The requirement is definitely not met.</summary>
    False = 0,

    /// <summary>The answer depends on a fact that is not known yet.</summary>
    Unknown = 1,

    /// <summary>The requirement is definitely met.</summary>
    True = 2,
}

/// <summary>Kleene operations on <see cref="Truth"/>.</summary>
public static class TruthExtensions
{
    /// <summary>Kleene conjunction: False dominates, then Unknown.</summary>
    public static Truth And(this Truth a, Truth b) => a < b ? a : b;

    /// <summary>Kleene disjunction: True dominates, then Unknown.</summary>
    public static Truth Or(this Truth a, Truth b) => a > b ? a : b;

    /// <summary>Kleene negation: Unknown stays Unknown.</summary>
    public static Truth Not(this Truth a) => (Truth)(2 - (int)a);

    /// <summary>Material implication a → b, i.e. ¬a ∨ b.</summary>
    public static Truth Implies(this Truth a, Truth b) => a.Not().Or(b);

    /// <summary>Lifts a known boolean.</summary>
    public static Truth ToTruth(this bool value) => value ? Truth.True : Truth.False;

    /// <summary>Lifts an optional boolean: <c>null</c> is <see cref="Truth.Unknown"/>.</summary>
    public static Truth ToTruth(this bool? value) => value switch
    {
        true => Truth.True,
        false => Truth.False,
        null => Truth.Unknown,
    };

    /// <summary>True when the value is definite (not <see cref="Truth.Unknown"/>).</summary>
    public static bool IsKnown(this Truth value) => value != Truth.Unknown;
}
