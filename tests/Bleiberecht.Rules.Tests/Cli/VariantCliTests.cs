using Bleiberecht.Rules.Cli;
using Bleiberecht.Rules.Tests.Serialization;

namespace Bleiberecht.Rules.Tests.Cli;

/// <summary>Issue 3, item 5: <c>validate</c>, <c>compare</c> and <c>--profile</c>/<c>--variant</c> on the command line.</summary>
public sealed class VariantCliTests
{
    private static string Variant(string name) => Path.Combine(RepoPaths.Samples, "variants", name);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Validate_on_the_invalid_demo_exits_2_with_three_lines_naming_their_paths()
    {
        var (code, _, err) = Run("validate", Variant("invalid-demo.json"));
        Assert.Equal(2, code);
        var problems = err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.StartsWith("$.", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, l => l.StartsWith("$.basedOn (line 4,", StringComparison.Ordinal) && l.Contains("'BY'", StringComparison.Ordinal));
        Assert.Contains(problems, l => l.StartsWith("$.overrides['Family.MinChildAg'] (line 6,", StringComparison.Ordinal) && l.Contains("'Family.MinChildAge'", StringComparison.Ordinal));
        Assert.Contains(problems, l => l.StartsWith("$.overrides['Exclusion.DeceptionLookbackYears'] (line 7,", StringComparison.Ordinal) && l.Contains("wrong type", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("berlin-child-age-one.json")]
    [InlineData("saarland-credible-passport-efforts.json")]
    public void Validate_on_a_valid_variant_exits_0_and_lists_its_overrides(string file)
    {
        var (code, output, err) = Run("validate", Variant(file));
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        Assert.StartsWith("valid: variant:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_Saarland_with_Bayern_prints_the_matrix_and_names_sample_20_with_the_flipped_element()
    {
        var (code, output, _) = Run("compare", "--profile", "SL", "--profile", "BY", RepoPaths.Samples);
        Assert.Equal(0, code);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("# SL -> BY:", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("A \\ B", lines[1], StringComparison.Ordinal);
        Assert.Contains("ResidencePermit", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Refusal ", StringComparison.Ordinal));

        var changed = Assert.Single(lines, l => l.Contains("20-job-outside-permitted-area", StringComparison.Ordinal));
        Assert.Contains("JobSearchDuldung -> ResidencePermit", changed, StringComparison.Ordinal);
        Assert.Contains("IMK.Livelihood.Secured", changed, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_with_a_variant_exits_0()
    {
        var (code, output, _) = Run("evaluate", RepoPaths.Samples, "--variant", Variant("berlin-child-age-one.json"));
        Assert.Equal(0, code);
        Assert.Contains("21-family-toddler-six-years", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_and_variant_together_exit_2()
    {
        var (code, _, err) = Run("evaluate", RepoPaths.Samples, "--profile", "BE", "--variant", Variant("berlin-child-age-one.json"));
        Assert.Equal(2, code);
        Assert.Contains("--profile", err, StringComparison.Ordinal);
    }
}
