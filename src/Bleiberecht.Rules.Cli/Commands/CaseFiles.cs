using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Serialization;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>Loads cases from a file or every <c>*.json</c> file of a directory, in name order.</summary>
internal static class CaseFiles
{
    /// <summary>All cases; throws <see cref="JsonDocumentException"/> or <see cref="UsageException"/>.</summary>
    public static IReadOnlyList<Household> Load(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                throw new UsageException($"no *.json case files in {path}");
            }

            return files.SelectMany(CaseJson.ReadFile).ToList();
        }

        if (File.Exists(path))
        {
            return CaseJson.ReadFile(path);
        }

        throw new UsageException($"no such file or directory: {path}");
    }
}
