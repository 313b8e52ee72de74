using System.Globalization;
using Xunit.Abstractions;

namespace Bleiberecht.Rules.Tests.Fuzz;

/// <summary>
/// The mutation fuzzer in the normal test run: a fixed seed and 5,000 documents (reproducible; about half a minute
/// on two cores). The long run is the same test with a fresh seed and more documents:
/// <code>FUZZ_DOCUMENTS=100000 FUZZ_SEED=random dotnet test tests/Bleiberecht.Rules.Tests --filter FullyQualifiedName~Fuzz --logger "console;verbosity=detailed"</code>
/// (FUZZ_SEED may also be a number, to replay a finding). The summary line names the seed.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private const int DefaultDocuments = 5_000;
    private const int DefaultSeed = 20061117;

    [Fact]
    public void Mutated_case_and_variant_documents_break_none_of_the_four_laws()
    {
        var documents = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_DOCUMENTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultDocuments;
        var seedText = Environment.GetEnvironmentVariable("FUZZ_SEED");
        var seed = seedText == "random" ? Random.Shared.Next()
            : int.TryParse(seedText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var run = FuzzRun.Run(seed, documents);
        var summary = $"{run.Summary(seed)}; {watch.Elapsed.TotalSeconds:0.0} s";
        output.WriteLine(summary);
        Console.WriteLine("fuzz: " + summary);
        if (Environment.GetEnvironmentVariable("FUZZ_REPORT") is { Length: > 0 } report)
        {
            File.AppendAllText(report, summary + Environment.NewLine);
        }

        Assert.True(run.Failures == 0, summary + "\n" + string.Join("\n\n", run.Findings));
    }
}
