using Bleiberecht.Rules.Bulk;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>
/// Ages as every element reads them, on both paths: completed years between two packed calendar dates
/// (<see cref="CivilDate"/>), the arithmetic of <see cref="Facts.LegalTime.AgeOn"/> without decomposing day numbers.
/// The one place where a rule computes an age (minor, qualifying child, school age, the elderly group).
/// </summary>
internal static class Ages
{
    /// <summary>The age of a person whose birth date (or the day it is taken on) is not known.</summary>
    public const int Unknown = int.MinValue;

    /// <summary>Completed years on <paramref name="onCivil"/> of a person born on <paramref name="birthCivil"/> (both packed), or <see cref="Unknown"/> if either is <see cref="CivilDate.None"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int On(int birthCivil, int onCivil)
        => birthCivil == CivilDate.None || onCivil == CivilDate.None ? Unknown : CivilDate.CompletedYears(birthCivil, onCivil);

    /// <summary>
    /// Whether a known <paramref name="age"/> is at least <paramref name="from"/> and below <paramref name="below"/>,
    /// as a verdict, without a branch: the ages of a household's children are data, and the branches the JIT made of
    /// <c>(from &lt;= age &amp;&amp; age &lt; below).ToTruth()</c> mispredicted on the bulk path.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static Logic.Truth Between(int age, int from, int below)
        => (Logic.Truth)((System.Runtime.CompilerServices.Unsafe.BitCast<bool, byte>(age >= from) & System.Runtime.CompilerServices.Unsafe.BitCast<bool, byte>(age < below)) << 1);
}
