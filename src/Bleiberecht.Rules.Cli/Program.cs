namespace Bleiberecht.Rules.Cli;

/// <summary>Placeholder.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args) => 0;
}
