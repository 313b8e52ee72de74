using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Tests.Bulk;
using Xunit;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>
/// The IMK corrections of the legal review (issue 10; docs/adr/0012): each expected outcome is derived by hand from
/// the study line or statute the ADR entry cites, and each household is also run through the bulk path, which must
/// agree with the explanation.
/// </summary>
public sealed class LegalReviewTests
{
    private const string Language = "IMK.Integration.Language";
    private const string Livelihood = "IMK.Livelihood.Secured";

    /// <summary>Evaluates on the explain path and checks that the bulk path agrees.</summary>
    private static HouseholdDecision Decide(Household h, RuleSet? ruleSet = null)
    {
        ruleSet ??= RuleSet.Imk2006;
        var differences = BulkEquivalenceTests.Differences([h], ruleSet);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        return Evaluator.Evaluate(h, ruleSet);
    }

    private static RuleSet With(ImkOptions options) => RuleSet.Imk2006 with { Options = options };

    // Item 5: "Lenient" does not lower A2 to A1. A2 is the level the resolution requires and no Land varies it
    // (L4179-4180); RP's minutes only state the wish to keep the hurdles low (L2534-2537).
    [Theory]
    [InlineData(LanguageProofMode.Unspecified)]
    [InlineData(LanguageProofMode.Lenient)]
    public void Item5_A1_German_fails_and_A2_meets_the_requirement_under_every_proof_mode(LanguageProofMode mode)
    {
        var rules = With(ImkOptions.Base with { Language = ImkOptions.Base.Language with { ProofMode = mode } });
        var a1 = Decide(Single().With("applicant", p => p with { GermanLevel = CefrLevel.A1 }), rules);
        Assert.Equal(Outcome.Refusal, a1.Outcome);
        Assert.Contains(Language, a1.For("applicant").Grounds);
        Assert.Equal(Outcome.ResidencePermit, Decide(Single().With("applicant", p => p with { GermanLevel = CefrLevel.A2 }), rules).Outcome);
    }

    [Fact]
    public void Item5_Rheinland_Pfalz_no_longer_states_a_proof_mode()
    {
        var rp = ProfileCatalog.RuleSetFor("RP");
        Assert.Equal(LanguageProofMode.Unspecified, rp.Options.Language.ProofMode);
        Assert.Equal(Outcome.Refusal, Decide(Single().With("applicant", p => p with { GermanLevel = CefrLevel.A1 }), rp).Outcome);
    }

    /// <summary>
    /// Two minors on their own (roles Child, 14 and 11 at the reference date, in Germany since 1996), no income,
    /// benefits only temporary: without an adult there is no single parent, so group (c) does not hold; group (b)
    /// needs a counting job. Livelihood fails; the decision (15.6.2007) is before the work take-up deadline
    /// (30.9.2007, L620-621), so each minor receives the job-search Duldung.
    /// </summary>
    [Fact]
    public void Item11_single_parent_group_needs_an_adult_in_the_household()
    {
        var minors = Household("minors", Child("older", "1992-05-01", "1996-01-01"), Child("younger", "1995-03-01", "1996-01-01")) with
        {
            Livelihood = new Livelihood { MonthlyNeedEur = 1000m, ReceivesBenefits = true, BenefitsTemporary = true, SecuredOtherwiseWithoutPublicFunds = false },
        };
        var d = Decide(minors);
        Assert.Equal(Outcome.JobSearchDuldung, d.Outcome);
        Assert.All(d.Members, m => Assert.Contains(Livelihood, m.Grounds));

        // The same household with its single parent (no spouse, cannot be expected to work) is in group (c).
        var withParent = minors with
        {
            Members = [.. minors.Members, Adult("applicant", HouseholdRole.Applicant, "1996-01-01") with { WorkNotReasonable = true }],
        };
        Assert.Equal(Outcome.ResidencePermit, Decide(withParent).Outcome);
    }
}
