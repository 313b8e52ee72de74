using System.Diagnostics;
using System.Text;
using Bleiberecht.Rules.Tests.Serialization;
using static Bleiberecht.Rules.Tests.Cli.CliRunner;

namespace Bleiberecht.Rules.Tests.Cli;

/// <summary>Issue 11, item 6, and issue 12: inputs the tool must refuse (exit 2) rather than hang, crash or misread.</summary>
public sealed class InputEdgeTests
{
    [Fact]
    public void A_latin1_file_is_refused_with_the_byte_offset_instead_of_being_read_with_replacement_characters()
    {
        using var dir = new TempDir();
        var file = dir.File("latin1.json");

        // "München" in Latin-1: ü is the single byte 0xFC, invalid in UTF-8. It sits at byte offset 14:
        // '{' ' ' '"caseId"' (8) ':' ' ' '"' 'M' = 14 bytes before it.
        File.WriteAllBytes(file, [.. Encoding.ASCII.GetBytes("{ \"caseId\": \"M"), 0xFC, .. Encoding.ASCII.GetBytes("nchen\", \"members\": [] }")]);
        var (code, output, err) = Run("evaluate", file);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("byte offset 14", err, StringComparison.Ordinal);
        Assert.Contains("line 1, column 15", err, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', err);
    }

    [Fact]
    public void A_json_lines_file_is_read_one_household_at_a_time_and_stops_at_the_first_invalid_case()
    {
        using var dir = new TempDir();
        var file = dir.File("cases.jsonl");
        var one = File.ReadAllText(Path.Combine(RepoPaths.Samples, "02-single-eight-years-permit.json")).ReplaceLineEndings(" ");
        var bad = one.Replace("\"entryDate\": \"", "\"entryDate\": \"x", StringComparison.Ordinal);
        File.WriteAllText(file, one + "\n" + one + "\n");
        var (code, output, _) = Run("evaluate", file);
        Assert.Equal(0, code);
        Assert.Equal(2, output.Split('\n').Count(l => l.StartsWith("02-single-eight-years-permit", StringComparison.Ordinal) && l.Contains("ResidencePermit", StringComparison.Ordinal)));

        // An invalid second case ends the run with exit 2 and the case's line; no table is presented as complete.
        File.WriteAllText(file, one + "\n" + bad + "\n" + one + "\n");
        (code, output, var err) = Run("evaluate", file);
        Assert.Equal(2, code);
        Assert.DoesNotContain("households:", output, StringComparison.Ordinal);
        Assert.Contains("entryDate", err, StringComparison.Ordinal);
        Assert.Contains("line 2", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_on_standard_input_is_refused_too()
    {
        var (code, _, err) = RunWithStdin([(byte)'{', (byte)'\n', 0xC3, 0x28], "evaluate", "-");
        Assert.Equal(2, code);
        Assert.Contains("byte offset 2", err, StringComparison.Ordinal);
        Assert.Contains("line 2, column 1", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_is_refused_without_reading_it()
    {
        // /dev/zero never ends: reading it would exhaust memory.
        var (code, _, err) = RunBounded("evaluate", "/dev/zero");
        Assert.Equal(2, code);
        Assert.Contains("not a regular file", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_is_refused_without_opening_it()
    {
        // Opening a FIFO blocks until a writer appears, so the check must come first; the bound turns a hang into a failure.
        using var dir = new TempDir();
        var fifo = dir.File("cases.json");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var (code, _, err) = RunBounded("evaluate", fifo);
        Assert.Equal(2, code);
        Assert.Contains("not a regular file", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Endless_standard_input_stops_at_the_documented_limit()
    {
        var (code, _, err) = RunWithStdin(() => new EndlessStream(), "evaluate", "-");
        Assert.Equal(2, code);
        Assert.Contains("larger than the input limit of 64 MiB", err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unwritable_plot_directory_is_refused_before_the_report_is_printed()
    {
        using var dir = new TempDir();
        var blocker = dir.File("not-a-directory");
        File.WriteAllText(blocker, "x");
        var (code, output, err) = Run("stats", "--plot", Path.Combine(blocker, "charts"));
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--plot", err, StringComparison.Ordinal);

        var (sim, simOut, _) = Run("simulate", "--size", "10", "--plot", blocker);
        Assert.Equal(2, sim);
        Assert.Equal(string.Empty, simOut);
    }

    [Fact]
    public void An_html_file_in_a_missing_directory_is_refused_before_anything_is_computed()
    {
        using var dir = new TempDir();
        var (code, output, err) = Run("explain", Path.Combine(RepoPaths.Samples, "01-family-permit.json"), "--html", Path.Combine(dir.Path, "missing", "page.html"));
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--html", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_unknown_profile_name_is_echoed_cut_to_40_characters()
    {
        var name = new string('x', 500);
        var (code, _, err) = Run("evaluate", RepoPaths.Samples, "--profile", name);
        Assert.Equal(2, code);
        Assert.Contains(new string('x', 40) + "…", err, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 41), err, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_do_not_echo_a_date_of_birth_or_more_than_40_characters_of_a_value()
    {
        using var dir = new TempDir();
        var file = dir.File("personal.json");
        var longValue = new string('y', 300);
        File.WriteAllText(file, $$"""{ "caseId": "x", "members": [ { "id": "a", "role": "Applicant", "birthDate": "31.12.1999", "entryDate": "{{longValue}}" } ] }""");
        var (code, _, err) = Run("evaluate", file);
        Assert.Equal(2, code);
        Assert.Contains("$.members[0].birthDate", err, StringComparison.Ordinal);
        Assert.DoesNotContain("31.12.1999", err, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('y', 41), err, StringComparison.Ordinal);
    }

    private static (int Code, string Out, string Err) RunBounded(params string[] args)
    {
        var run = Task.Run(() => Run(args));
        Assert.True(run.Wait(TimeSpan.FromSeconds(60)), "the command did not return: it blocked on its input");
        return run.Result;
    }

    /// <summary>Like /dev/zero on standard input: spaces without end.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
