using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes.Kernels;
using FsCheck.Xunit;
using Xunit;

namespace Bleiberecht.Rules.Tests.Regimes;

/// <summary>
/// The two helpers every ported element shares, against independent definitions: the applicability composition is
/// Kleene's implication ¬applies ∨ requirement, and the packed age arithmetic is <see cref="LegalTime.AgeOn"/>
/// (which counts with <see cref="DateOnly.AddYears"/>).
/// </summary>
public sealed class KernelLawTests
{
    private static readonly Truth[] Values = [Truth.False, Truth.Unknown, Truth.True];

    [Fact]
    public void Applicability_is_the_Kleene_implication()
    {
        foreach (var applies in Values)
        {
            foreach (var requirement in Values)
            {
                Assert.Equal(applies.Not().Or(requirement), Applicable.Implies(applies, requirement));
            }
        }
    }

    [Fact]
    public void Not_applicable_is_met_and_unknown_applicability_only_when_the_requirement_is_met()
    {
        Assert.Equal(Truth.True, Applicable.Implies(Truth.False, Truth.False));
        Assert.Equal(Truth.Unknown, Applicable.Implies(Truth.Unknown, Truth.False));
        Assert.Equal(Truth.True, Applicable.Implies(Truth.Unknown, Truth.True));
        Assert.Equal(Truth.False, Applicable.Implies(Truth.True, Truth.False));
    }

    [Property(MaxTest = 2000)]
    public bool Packed_age_is_the_legal_age(int birthSeed, int spanSeed)
    {
        // Birth dates 1900-2099, days up to 120 years later: covers 29 February births in common and leap years.
        var birth = new DateOnly(1900, 1, 1).AddDays((int)((uint)birthSeed % 73_000));
        var day = birth.AddDays((int)((uint)spanSeed % 43_830));
        return Ages.On(CivilDate.Pack(birth), CivilDate.Pack(day)) == LegalTime.AgeOn(birth, day);
    }

    [Fact]
    public void A_29_February_birthday_completes_on_28_February_in_a_common_year()
    {
        var birth = CivilDate.Pack(new DateOnly(2000, 2, 29));
        Assert.Equal(0, Ages.On(birth, CivilDate.Pack(new DateOnly(2001, 2, 27))));
        Assert.Equal(1, Ages.On(birth, CivilDate.Pack(new DateOnly(2001, 2, 28))));
        Assert.Equal(4, Ages.On(birth, CivilDate.Pack(new DateOnly(2004, 2, 29))));
    }

    [Fact]
    public void An_unknown_birth_or_day_gives_an_unknown_age()
    {
        Assert.Equal(Ages.Unknown, Ages.On(CivilDate.None, CivilDate.Pack(new DateOnly(2006, 11, 17))));
        Assert.Equal(Ages.Unknown, Ages.On(CivilDate.Pack(new DateOnly(1990, 1, 1)), CivilDate.None));
    }
}
