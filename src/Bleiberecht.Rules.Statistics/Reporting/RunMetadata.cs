using System.Reflection;
using System.Security.Cryptography;

namespace Bleiberecht.Rules.Statistics.Reporting;

/// <summary>
/// Reproducibility metadata carried by every statistics output (text, JSON, CSV, chart subtitle): which code, which
/// data, which arguments and which seed produced the numbers.
/// </summary>
/// <param name="Version">Package version of Bleiberecht.Rules.Statistics (informational version without the commit).</param>
/// <param name="Commit">Source commit from the assembly's informational version (<c>version+commit</c>, set by the SDK from SourceRevisionId), or "unknown".</param>
/// <param name="DataSha256">Lower-case hex SHA-256 of the embedded data: the bytes of table-6-1.csv followed by land-chapter-figures.csv; "caller-supplied" for other data.</param>
/// <param name="Arguments">Command-line arguments (or API options) that produced the output.</param>
/// <param name="Seed">Random seed, null when nothing random ran.</param>
public sealed record RunMetadata(string Version, string Commit, string DataSha256, IReadOnlyList<string> Arguments, long? Seed)
{
    /// <summary>Metadata for a run on the embedded data.</summary>
    /// <param name="arguments">Arguments of the run.</param>
    /// <param name="seed">Seed, null when nothing random ran.</param>
    public static RunMetadata ForEmbeddedData(IReadOnlyList<string> arguments, long? seed)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var (version, commit) = AssemblyVersion();
        return new RunMetadata(version, commit, EmbeddedDataSha256(), arguments.ToArray(), seed);
    }

    /// <summary>Metadata for a run on caller-supplied data (no hash of the embedded files applies).</summary>
    /// <param name="arguments">Arguments of the run.</param>
    /// <param name="seed">Seed, null when nothing random ran.</param>
    public static RunMetadata ForSuppliedData(IReadOnlyList<string> arguments, long? seed)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var (version, commit) = AssemblyVersion();
        return new RunMetadata(version, commit, "caller-supplied", arguments.ToArray(), seed);
    }

    /// <summary>SHA-256 over the embedded table-6-1.csv bytes followed by the land-chapter-figures.csv bytes, lower-case hex.</summary>
    public static string EmbeddedDataSha256()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in new[] { Data.StatisticsDataset.Table61FileName, Data.StatisticsDataset.ChapterFiguresFileName })
        {
            using var stream = typeof(RunMetadata).Assembly.GetManifestResourceStream("Bleiberecht.Rules.Statistics.Data." + name)
                ?? throw new Data.StatisticsDataException(name, 0, 0, null, "embedded resource not found");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            sha.AppendData(buffer.ToArray());
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>One line for text outputs and chart subtitles.</summary>
    public string ToLine()
        => "Bleiberecht.Rules.Statistics " + Version + " (commit " + Commit + "), data sha256 " + DataSha256[..Math.Min(12, DataSha256.Length)]
            + ", args [" + string.Join(' ', Arguments) + "]" + (Seed is { } s ? ", seed " + s.ToString(System.Globalization.CultureInfo.InvariantCulture) : ", no seed");

    /// <summary>Two short lines for chart subtitles: version, commit, data hash and seed; then the arguments (shortened to 100 characters).</summary>
    public string ToChartLines()
    {
        var args = string.Join(' ', Arguments);
        if (args.Length > 100)
        {
            args = args[..97] + "...";
        }

        return "Bleiberecht.Rules.Statistics " + Version + ", commit " + Commit[..Math.Min(12, Commit.Length)] + ", data sha256 " + DataSha256[..Math.Min(12, DataSha256.Length)]
            + (Seed is { } s ? ", seed " + s.ToString(System.Globalization.CultureInfo.InvariantCulture) : ", no seed") + "\nargs: " + (args.Length == 0 ? "(none)" : args);
    }

    private static (string Version, string Commit) AssemblyVersion()
    {
        var info = typeof(RunMetadata).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrWhiteSpace(info))
        {
            return ("unknown", "unknown");
        }

        var plus = info.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? (info, "unknown") : (info[..plus], info[(plus + 1)..] is { Length: > 0 } c ? c : "unknown");
    }
}
