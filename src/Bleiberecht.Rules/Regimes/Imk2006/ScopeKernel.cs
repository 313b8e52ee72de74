using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Element 3 written once (<see cref="ScopeElement"/> explains it leaf by leaf, the bulk batch precomputes
/// <see cref="Scope"/>): the resolution is for tolerated persons (L4) who are obliged to leave (L794).
/// </summary>
internal static class ScopeKernel
{
    /// <summary>Holds a Duldung.</summary>
    public static Truth Tolerated<TFacts, TTrace>(ref TFacts f, ref TTrace t)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
        => Traced.YesNo(ref t, f.Tolerated, "tolerated", "Besitzt die Person eine Duldung?", "Does the person hold a Duldung?");

    /// <summary>Is obliged to leave.</summary>
    public static Truth ObligedToLeave<TFacts, TTrace>(ref TFacts f, ref TTrace t)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
        => Traced.YesNo(ref t, f.ObligedToLeave, "obligedToLeave", "Ist die Person vollziehbar ausreisepflichtig?", "Is the person obliged to leave?");

    /// <summary>The element: both leaves (the explanation's <c>AllOf</c>).</summary>
    public static Truth Scope<TFacts, TTrace>(ref TFacts f, ref TTrace t)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
        => Tolerated(ref f, ref t).And(ObligedToLeave(ref f, ref t));
}
