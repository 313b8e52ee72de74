using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Bleiberecht.Rules.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project benchmarks/Bleiberecht.Rules.Benchmarks -- --filter '*'</c>
/// (short job: 2 warm-up and 5 measured iterations); add <c>--job dry --inProcess</c> for the CI smoke run (one
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
            config = config.AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(5).WithId("Short2x5"));
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
