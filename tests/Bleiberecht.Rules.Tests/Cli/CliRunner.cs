using Bleiberecht.Rules.Cli;

namespace Bleiberecht.Rules.Tests.Cli;

/// <summary>Runs the tool in-process with captured output and, optionally, bytes on standard input.</summary>
internal static class CliRunner
{
    public static (int Code, string Out, string Err) Run(params string[] args) => RunWithStdin(Array.Empty<byte>(), args);

    public static (int Code, string Out, string Err) RunWithStdin(byte[]? stdin, params string[] args) =>
        RunWithStdin(() => new MemoryStream(stdin ?? []), args);

    public static (int Code, string Out, string Err) RunWithStdin(Func<Stream> stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(args, stdin, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A temporary directory deleted on dispose.</summary>
    public sealed class TempDir : IDisposable
    {
        public TempDir() => Path = Directory.CreateTempSubdirectory("bleiberecht-cli-").FullName;

        public string Path { get; }

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
