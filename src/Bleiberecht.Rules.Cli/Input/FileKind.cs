using System.Runtime.InteropServices;

namespace Bleiberecht.Rules.Cli.Input;

/// <summary>What a path names, as far as reading it is concerned.</summary>
internal enum FileKind
{
    /// <summary>Nothing there.</summary>
    Missing,

    /// <summary>A regular file: safe to read, its length is known.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A FIFO, character or block device or socket: reading may block forever (FIFO) or never end (<c>/dev/zero</c>).</summary>
    Special,
}

/// <summary>
/// Classifies a path without opening it: opening a FIFO blocks until a writer appears, so the check must come before
/// any <c>File.Open</c>. The base library has no public API for the file type, so on Unix this asks the runtime's
/// own native shim (<c>SystemNative_Stat</c>, the call behind <c>FileInfo</c>), whose status record starts with two
/// 32-bit fields, flags and mode; the mode's type bits use the POSIX values. Where the shim is not there (Windows),
/// a path that exists and is not a directory counts as regular (Windows has no FIFOs in the file system).
/// </summary>
internal static class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;

    /// <summary>The kind of <paramref name="path"/> (symbolic links followed).</summary>
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return System.IO.Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        // 256 bytes is more than the runtime's status record (about 120 bytes); only the mode at offset 4 is read.
        var status = new byte[256];
        int rc;
        try
        {
            rc = Stat(path, status);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return System.IO.Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        if (rc != 0)
        {
            return FileKind.Missing;
        }

        var mode = BitConverter.ToInt32(status, 4) & TypeMask;
        return mode switch
        {
            RegularType => FileKind.Regular,
            DirectoryType => FileKind.Directory,
            _ => FileKind.Special,
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] output);
}
