using Bleiberecht.Rules.Profiles;

namespace Bleiberecht.Rules.Tests.Profiles;

/// <summary>A case is decided under its own authority's practice: the Kommune the study details, else its Land.</summary>
public class ProfileForCaseTests
{
    private static Facts.Household Case(string? land, string? kommune) => TestCases.Single() with { Land = land, Kommune = kommune };

    [Fact]
    public void A_studied_kommune_in_its_land_gets_its_own_profile()
        => Assert.Equal("NW-Wuppertal", ProfileCatalog.ForCase(Case("NW", "Wuppertal"))?.Id);

    [Fact]
    public void An_unstudied_kommune_falls_back_to_its_land()
        => Assert.Equal("NW", ProfileCatalog.ForCase(Case("NW", "Bielefeld"))?.Id);

    [Fact]
    public void A_kommune_of_another_land_is_not_taken()
        => Assert.Equal("BY", ProfileCatalog.ForCase(Case("BY", "Wuppertal"))?.Id);

    [Fact]
    public void Without_a_land_there_is_no_profile()
    {
        Assert.Null(ProfileCatalog.ForCase(Case(null, "Wuppertal")));
        Assert.Null(ProfileCatalog.ForCase(Case("XX", null)));
    }

    [Fact]
    public void Cli_evaluates_each_case_under_its_own_profile()
    {
        var stdout = new StringWriter();
        var code = Bleiberecht.Rules.Cli.Program.Run(["evaluate", Serialization.RepoPaths.Samples, "--profile", "case"], stdout, new StringWriter());
        Assert.Equal(0, code);
        // Sample 01 is a München case (BY): decided under the München profile, named on its lines.
        Assert.Contains(stdout.ToString().Split('\n'), l => l.StartsWith("01-family-permit ", StringComparison.Ordinal) && l.Contains(" BY-Muenchen ", StringComparison.Ordinal));
    }
}
