using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>
/// A requirement that binds only some members (adults, children of school age, minors without adults): the Kleene
/// implication "applies → requirement", written once for both paths. Not applicable is met; unknown applicability is
/// met only if the requirement is met anyway. A kernel calls <see cref="Skip"/> before its requirement (so the
/// requirement is not evaluated where it does not apply) and <see cref="Implies"/> on the requirement's verdict; the
/// explain path's <c>Applicability.When</c> composes its leaf with the same <see cref="Implies"/>.
/// </summary>
internal static class Applicable
{
    /// <summary>
    /// ¬applies ∨ requirement, computed as a maximum without branches (False 0, Unknown 1, True 2): applicability
    /// follows the members' roles, which alternate within a household.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth Implies(Truth applies, Truth requirement) => (Truth)Math.Max(2 - (int)applies, (int)requirement);

    /// <summary>
    /// Whether the requirement does not apply (<paramref name="applies"/> is False): then it is met, with
    /// <paramref name="why"/> as the detail, and the kernel returns <see cref="Truth.True"/> without evaluating it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Skip<TTrace>(ref TTrace t, Truth applies, Label? why)
        where TTrace : struct, ITrace
    {
        if (applies != Truth.False)
        {
            return false;
        }

        if (TTrace.Enabled)
        {
            t.Detail(why);
        }

        return true;
    }

    /// <summary>
    /// While applicability by age is unknown, the birth date decides it: asked before the requirement's own questions,
    /// unless the requirement is met anyway (<paramref name="probe"/>, its verdict computed without a trace — then the
    /// verdict is met and no question would be kept). Call it only where <c>TTrace.Enabled</c> and applicability is unknown.
    /// </summary>
    public static void AskBirthDateUnlessMet<TTrace>(ref TTrace t, Truth probe)
        where TTrace : struct, ITrace
    {
        if (probe != Truth.True)
        {
            t.Ask("birthDate", "Geburtsdatum?", "Date of birth?");
        }
    }
}
