using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Bleiberecht.Rules.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project benchmarks/Bleiberecht.Rules.Benchmarks -- --filter '*'</c>
/// (job Warm6x8: 6 warm-up and 8 measured iterations); add <c>--job dry --inProcess</c> for the CI smoke run (one
/// invocation each, no child processes). Markdown (GitHub) and CSV reports go to <c>benchmarks/results/results/</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var config = DefaultConfig.Instance
            .WithArtifactsPath(Path.Combine(RepoRoot(), "benchmarks", "results"))
            .WithOptions(ConfigOptions.JoinSummary);
        if (!args.Any(a => a.StartsWith("--job", StringComparison.Ordinal) || a == "-j"))
        {
            // Six warm-up iterations: with two, the explain path was still speeding up (tiered JIT and the GC heap settling:
            // 24.6 -> 10.1 µs over the five measured iterations of one run), so its mean measured the warm-up.
            config = config.AddJob(Job.Default.WithWarmupCount(6).WithIterationCount(8).WithId("Warm6x8"));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bleiberecht.Rules.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
