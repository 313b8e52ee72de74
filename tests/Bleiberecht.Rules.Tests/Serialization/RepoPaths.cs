namespace Bleiberecht.Rules.Tests.Serialization;

/// <summary>Locates the repository root: the folder holding Bleiberecht.Rules.sln, above the test binaries.</summary>
public static class RepoPaths
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = Find();

    /// <summary>The samples folder.</summary>
    public static string Samples => Path.Combine(Root, "samples");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bleiberecht.Rules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Bleiberecht.Rules.sln not found above " + AppContext.BaseDirectory);
    }
}
