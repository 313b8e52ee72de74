using Bleiberecht.Rules.Cli.Commands;
using Bleiberecht.Rules.Cli.Input;

namespace Bleiberecht.Rules.Cli.Output;

/// <summary>
/// Checks output paths before any computing starts, so that an unwritable <c>--plot</c> directory or <c>--html</c>
/// file is an immediate usage error (exit 2) instead of a report followed by a misleading "Could not find file".
/// </summary>
internal static class OutputPaths
{
    /// <summary>Creates the directory if needed and proves it writable by creating and deleting a probe file.</summary>
    /// <exception cref="UsageException">The directory cannot be created or written.</exception>
    public static void EnsureWritableDirectory(string dir, string option)
    {
        ArgumentNullException.ThrowIfNull(dir);
        try
        {
            if (File.Exists(dir))
            {
                throw new UsageException($"{option} {InputLimits.Echo(dir)}: a file of that name exists; give a directory");
            }

            Directory.CreateDirectory(dir);
            var probe = Path.Combine(dir, $".bleiberecht-write-test-{Environment.ProcessId}");
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new UsageException($"{option} {InputLimits.Echo(dir)}: cannot write to this directory: {e.Message}");
        }
    }

    /// <summary>
    /// Proves that <paramref name="file"/> can be written (its directory exists and is writable; an existing file is
    /// writable) without truncating an existing file before the content is ready.
    /// </summary>
    /// <exception cref="UsageException">The file cannot be written.</exception>
    public static void EnsureWritableFile(string file, string option)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file == "-")
        {
            return;
        }

        try
        {
            if (Directory.Exists(file))
            {
                throw new UsageException($"{option} {InputLimits.Echo(file)}: is a directory; give a file name");
            }

            var dir = Path.GetDirectoryName(Path.GetFullPath(file))!;
            if (!Directory.Exists(dir))
            {
                throw new UsageException($"{option} {InputLimits.Echo(file)}: the directory does not exist");
            }

            if (File.Exists(file))
            {
                using (new FileStream(file, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
                {
                }
            }
            else
            {
                var probe = Path.Combine(dir, $".bleiberecht-write-test-{Environment.ProcessId}");
                using (File.Create(probe, 1, FileOptions.DeleteOnClose))
                {
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new UsageException($"{option} {InputLimits.Echo(file)}: cannot write this file: {e.Message}");
        }
    }

    /// <summary>Writes text to <paramref name="file"/> (UTF-8, no BOM), or to standard output for <c>-</c>.</summary>
    public static void WriteText(string file, string text, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        if (file == "-")
        {
            stdout.Write(text);
            return;
        }

        File.WriteAllText(file, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
