using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>
/// Element 19: a conviction for an offence committed in Germany (L184) excludes; fines up to 50 day-fines in total,
/// or up to 90 for offences only foreigners can commit, are disregarded, and only intentional offences count
/// (MV "über 50 Tagessätze", L1850; [background] as later codified in § 104a Abs. 1 Nr. 6 AufenthG).
/// </summary>
public class ConvictionTests
{
    private const string Ground = "IMK.Exclusion.Conviction";

    private static Conviction Fine(int dayFines, bool foreignerOnly = false) => new()
    {
        Date = D("2004-03-01"),
        InGermany = true,
        Culpability = Culpability.Intentional,
        ForeignerOnlyOffence = foreignerOnly,
        Sentence = SentenceKind.DayFines,
        DayFines = dayFines,
    };

    private static HouseholdDecision WithConvictions(params Conviction[] convictions) =>
        Single().With("applicant", p => p with { Convictions = convictions }).Evaluate();

    [Fact]
    public void Fifty_general_day_fines_are_disregarded()
        => Assert.Equal(Outcome.ResidencePermit, WithConvictions(Fine(50)).Outcome);

    [Fact]
    public void Fifty_one_general_day_fines_exclude()
    {
        var d = WithConvictions(Fine(51));
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains(Ground, d.For("applicant").Grounds);
    }

    [Fact]
    public void Ninety_day_fines_for_a_foreigner_only_offence_are_disregarded()
        => Assert.Equal(Outcome.ResidencePermit, WithConvictions(Fine(90, foreignerOnly: true)).Outcome);

    [Fact]
    public void Ninety_one_day_fines_for_a_foreigner_only_offence_exclude()
    {
        var d = WithConvictions(Fine(91, foreignerOnly: true));
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains(Ground, d.For("applicant").Grounds);
    }

    [Fact]
    public void Several_fines_are_added_up_30_plus_21_exclude()
    {
        var d = WithConvictions(Fine(30), Fine(21));
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains(Ground, d.For("applicant").Grounds);
    }

    [Fact]
    public void Several_fines_are_added_up_30_plus_20_are_disregarded()
        => Assert.Equal(Outcome.ResidencePermit, WithConvictions(Fine(30), Fine(20)).Outcome);

    [Fact]
    public void General_and_foreigner_only_fines_together_above_ninety_exclude()
    {
        var d = WithConvictions(Fine(50), Fine(41, foreignerOnly: true));
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains(Ground, d.For("applicant").Grounds);
    }

    [Fact]
    public void General_and_foreigner_only_fines_together_up_to_ninety_are_disregarded()
        => Assert.Equal(Outcome.ResidencePermit, WithConvictions(Fine(50), Fine(40, foreignerOnly: true)).Outcome);

    [Fact]
    public void A_negligent_offence_is_ignored_however_high_the_fine()
        => Assert.Equal(Outcome.ResidencePermit, WithConvictions(Fine(120) with { Culpability = Culpability.Negligent }).Outcome);

    [Fact]
    public void A_prison_sentence_always_excludes_even_if_short_and_suspended()
    {
        var prison = new Conviction
        {
            Date = D("2003-01-01"), InGermany = true, Culpability = Culpability.Intentional,
            ForeignerOnlyOffence = false, Sentence = SentenceKind.Prison, PrisonMonths = 1,
        };
        var d = WithConvictions(prison);
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains(Ground, d.For("applicant").Grounds);
    }

    [Fact]
    public void An_offence_committed_abroad_is_ignored()
    {
        var abroad = new Conviction
        {
            Date = D("1994-01-01"), InGermany = false, Culpability = Culpability.Intentional,
            ForeignerOnlyOffence = false, Sentence = SentenceKind.Prison, PrisonMonths = 24,
        };
        Assert.Equal(Outcome.ResidencePermit, WithConvictions(abroad).Outcome);
    }

    [Fact]
    public void Unknown_culpability_of_a_fine_above_the_threshold_leaves_the_case_pending()
    {
        var d = WithConvictions(Fine(60) with { Culpability = null });
        Assert.Equal(Outcome.Pending, d.Outcome);
        Assert.Contains("$.members[0].convictions[0].culpability", d.For("applicant").Missing.Select(m => m.Path));
    }

    [Fact]
    public void Unknown_culpability_does_not_matter_for_a_fine_within_the_threshold()
        => Assert.Equal(Outcome.ResidencePermit, WithConvictions(Fine(40) with { Culpability = null }).Outcome);

    [Fact]
    public void No_certificate_of_conduct_leaves_the_case_pending()
    {
        var d = Single().With("applicant", p => p with { Convictions = null }).Evaluate();
        Assert.Equal(Outcome.Pending, d.Outcome);
        Assert.Contains("$.members[0].convictions", d.For("applicant").Missing.Select(m => m.Path));
    }
}
