using System.Diagnostics;
using System.Text;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Variants;

namespace Bleiberecht.Rules.Tests.Robustness;

/// <summary>
/// Every public loading API throws only <see cref="JsonDocumentException"/>, with path, line and column, for any
/// input: lone surrogates (raw and escaped), invalid UTF-8 (with its byte offset), over-long names and values (in
/// bounded time, with bounded messages), and streams.
/// </summary>
public class LoaderContractTests
{
    private const string Member = "{ \"id\": \"a\", \"role\": \"Applicant\", \"birthDate\": \"1970-01-01\", \"entryDate\": \"1998-01-01\" }";

    private static string Case(string id = "c") => $"{{ \"caseId\": \"{id}\", \"members\": [ {Member} ] }}";

    private static string Variant(string name = "v", string basedOn = "base", string overrides = "\"Family.MinChildAge\": 1")
        => $"{{ \"name\": \"{name}\", \"basedOn\": \"{basedOn}\", \"overrides\": {{ {overrides} }} }}";

    private static JsonProblem Fails(Action load)
    {
        var e = Assert.Throws<JsonDocumentException>(load);
        var p = e.Problems[0];
        Assert.NotNull(p.Line);
        Assert.NotNull(p.Column);
        return p;
    }

    [Theory]
    [InlineData(0xDC00)]
    [InlineData(0xD800)]
    public void A_raw_lone_surrogate_is_a_document_error_on_every_loader(int surrogate)
    {
        // Built here: a lone surrogate in test data would not survive the test runner's serialization.
        var bad = "x" + (char)surrogate;
        Fails(() => CaseJson.Read(Case(bad)));
        Fails(() => VariantLoader.Load(Variant(name: bad)));
        Fails(() => VariantLoader.Load(Variant(basedOn: bad)));
    }

    [Theory]
    [InlineData("\\uDC00")]
    [InlineData("a\\uD800b")]
    public void An_escaped_lone_surrogate_is_a_document_error_with_its_line(string bad)
    {
        var p = Fails(() => CaseJson.Read("{\n  \"caseId\": \"" + bad + "\", \"members\": [ " + Member + " ] }"));
        Assert.Equal(2, p.Line);
        Assert.Equal(13, p.Column);
        Fails(() => VariantLoader.Load(Variant(name: bad)));
        Fails(() => VariantLoader.Load(Variant(basedOn: bad)));
        Fails(() => VariantLoader.Load(Variant(overrides: $"\"Family.MinChildAge{bad}\": 1")));
        Fails(() => VariantLoader.Load(Variant(overrides: $"\"Language.ProofMode\": \"{bad}\"")));
        Fails(() => VariantLoader.Load(Variant(overrides: $"\"Passport.SubstituteAccepted\": {{ \"appliesToOrigins\": [\"{bad}\"] }}")));
        Fails(() => CaseJson.ReadMany(new MemoryStream(Encoding.UTF8.GetBytes("[" + Case(bad) + "]"))).ToList());
    }

    [Fact]
    public void Invalid_UTF_8_is_rejected_with_its_byte_offset_not_replaced()
    {
        var text = Encoding.UTF8.GetBytes(Case("M\u00fcnchen"));
        var latin1 = Encoding.Latin1.GetBytes(Case("M\u00fcnchen"));
        Assert.Equal("M\u00fcnchen", CaseJson.Read(new MemoryStream(text))[0].CaseId);

        // "{ "caseId": "M" is 14 bytes: the Latin-1 ü (0xFC) is byte 14.
        var p = Fails(() => CaseJson.Read(new MemoryStream(latin1), "latin1.json"));
        Assert.Contains("byte offset 14", p.Message, StringComparison.Ordinal);
        Assert.Contains("0xFC", p.Message, StringComparison.Ordinal);
        Fails(() => CaseJson.ReadMany(new MemoryStream(latin1)).ToList());
        Fails(() => VariantLoader.Load(new MemoryStream(Encoding.Latin1.GetBytes(Variant(name: "M\u00fcnchen")))));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"1\"")]
    [InlineData("-1")]
    public void A_variant_enum_option_given_as_a_number_is_rejected_at_its_path(string value)
    {
        var p = Fails(() => VariantLoader.Load(Variant(overrides: $"\"Language.ProofMode\": {value}")));
        Assert.Equal("$.overrides['Language.ProofMode']", p.Path);
    }

    [Fact]
    public void A_byte_order_mark_is_allowed()
        => Assert.Single(CaseJson.Read(new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Case())])));

    [Fact]
    public void A_ten_million_character_unknown_name_is_reported_quickly_with_a_bounded_message()
    {
        // "Did you mean" by edit distance took > 8 s for one such name; without it the load is linear (~1 s even on
        // a loaded machine). A variant document is at most 1 MiB, so its names are 900,000 characters.
        var name = new string('q', 10_000_000);
        var shorter = name[..900_000];
        var watch = Stopwatch.StartNew();
        var p = Fails(() => CaseJson.Read($"{{ \"caseId\": \"c\", \"{name}\": 1, \"members\": [ {Member} ] }}"));
        Assert.True(p.Message.Length < 400, "message too long");
        var v = Fails(() => VariantLoader.Load(Variant(overrides: $"\"{shorter}\": 1")));
        Assert.True(v.Message.Length < 400, "message too long");
        var b = Fails(() => VariantLoader.Load(Variant(basedOn: shorter)));
        Assert.True(b.Message.Length < 400, "message too long");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Echoed_values_are_cut_to_forty_characters()
    {
        var id = new string('x', 150);
        var e = Assert.Throws<JsonDocumentException>(() => CaseJson.Read($"{{ \"caseId\": \"c\", \"members\": [ {Member.Replace("\"a\"", $"\"{id}\"", StringComparison.Ordinal)}, {Member.Replace("\"a\"", $"\"{id}\"", StringComparison.Ordinal)} ] }}"));
        var duplicate = Assert.Single(e.Problems);
        Assert.Contains(new string('x', 40) + "…", duplicate.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 41), duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_before_birth_does_not_echo_the_date_of_birth()
    {
        var e = Assert.Throws<JsonDocumentException>(() => CaseJson.Read(Case().Replace("1998-01-01", "1960-05-06", StringComparison.Ordinal)));
        var p = Assert.Single(e.Problems);
        Assert.Equal("$.members[0].entryDate", p.Path);
        Assert.DoesNotContain("1970", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_positions_on_a_one_line_document_of_megabytes_take_linear_time()
    {
        // 80,000 cases on one line (about 11 MB) and an error in the last: the quadratic index took ~2 min for
        // 11.7 MB; the linear one takes a few seconds even on a loaded machine.
        var cases = Enumerable.Range(0, 80_000).Select(i => Case($"c{i}"));
        var bad = Case("last").Replace("1998-01-01", "1960-01-01", StringComparison.Ordinal);
        var json = "[" + string.Join(",", cases) + "," + bad + "]";
        var watch = Stopwatch.StartNew();
        var p = Assert.Single(Assert.Throws<JsonDocumentException>(() => CaseJson.Read(json)).Problems);
        Assert.Equal("$[80000].members[0].entryDate", p.Path);
        Assert.Equal(1, p.Line);
        Assert.Equal(json.LastIndexOf("\"entryDate\"", StringComparison.Ordinal) + 1, p.Column);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(40), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Documents_over_the_size_limit_are_refused_before_reading_them_whole()
    {
        var endless = new EndlessStream((byte)' ');
        var p = Assert.Single(Assert.Throws<JsonDocumentException>(() => CaseJson.Read(endless)).Problems);
        Assert.Contains("larger than", p.Message, StringComparison.Ordinal);
        Assert.True(endless.Position <= InputLimits.MaxDocumentBytes + (1 << 20));
    }

    /// <summary>A stream of one repeated byte that never ends (like /dev/zero), counting what was read.</summary>
    private sealed class EndlessStream(byte fill) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, fill, offset, count);
            _read += count;
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
