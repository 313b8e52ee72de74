using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Element 6 written once, for one member (the household is a family if some member qualifies: the explanation's
/// <c>ForEach</c>, the bulk path's disjunction over the children): a minor child at least <c>Family.MinChildAge</c>
/// old at the reference date (L804-807).
/// </summary>
internal static class FamilyKernel
{
    private static readonly Label NotAChild = new("kein Kind", "not a child");

    /// <summary>The member is a qualifying child; <paramref name="referenceCivil"/> is the reference date packed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth QualifyingChild<TFacts, TTrace>(ref TFacts f, ref TTrace t, FamilyOptions o, int referenceCivil)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        if (f.Role != HouseholdRole.Child)
        {
            if (TTrace.Enabled)
            {
                t.Detail(NotAChild);
            }

            return Truth.False;
        }

        var age = f.AgeOn(referenceCivil);
        if (age == Ages.Unknown)
        {
            if (TTrace.Enabled)
            {
                t.Ask("birthDate", "Geburtsdatum des Kindes?", "Child's date of birth?");
            }

            return Truth.Unknown;
        }

        if (TTrace.Enabled)
        {
            t.Detail(Label.Later((age, o.MinChildAge, o.AgeOfMajority), static x => (
                $"Alter am Stichtag {x.age}; erforderlich {x.MinChildAge} bis unter {x.AgeOfMajority}",
                $"age at reference date {x.age}; required {x.MinChildAge} to under {x.AgeOfMajority}")));
        }

        return Ages.Between(age, o.MinChildAge, o.AgeOfMajority);
    }
}
