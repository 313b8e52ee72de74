using BenchmarkDotNet.Running;

namespace Bleiberecht.Rules.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/Bleiberecht.Rules.Benchmarks -- --filter *</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
