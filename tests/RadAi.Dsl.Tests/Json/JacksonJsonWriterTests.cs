using System.Text;
using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Json;

/// <summary>
/// The writer's vector search and bulk transcoding against Jackson's rules applied one character at a time
/// (<see cref="JacksonReference"/>): escapes, surrogates and non-ASCII at every position around the vector widths, texts
/// longer than the pieces the writer asks its output for, the UTF-8 path of the registers and escaped property names.
/// </summary>
public class JacksonJsonWriterTests
{
    // A fact over a list, not a theory: xUnit gives texts with lone surrogates the same case id and would skip all but one.
    private static readonly string[] EdgeCases =
    [
        "",
        "plain",
        "\"",
        "\\",
        "\"\\\"\\",
        new string([.. Enumerable.Range(0, 0x20).Select(c => (char)c)]) + "\u007F stays",
        "emoji 🚀 pair",
        "🚀",
        "\uD83D",               // a high surrogate alone
        "\uDE80",               // a low surrogate alone
        "a\uDE80\uD83Db",       // the two halves the wrong way round
        "ends high \uD83D",
        "high before a quote \uD83D\"",
        "high before a control character \uD83D\u0001",
        "\"🚀\"\n🚀",
        "\uD83D\uD83D\uDE80",   // a lone high surrogate, then a pair
        "é ü → ≤ 日本語 \u2028 \u00A0",
        "</script> & ' + / <",
    ];

    [Fact]
    public void Each_edge_case_is_escaped_as_Jackson_escapes_it()
    {
        foreach (var text in EdgeCases)
        {
            var expected = JacksonReference.Quote(text);
            var actual = Value(text);
            if (!expected.AsSpan().SequenceEqual(actual)) Assert.Fail($"{Escape(text)}: {Encoding.UTF8.GetString(actual)}");
        }
    }

    [Fact]
    public void Escapes_surrogates_and_non_ASCII_are_found_at_every_position_around_the_vector_widths()
    {
        string[] specials = ["\"", "\\", "\u0001", "\n", "é", "日", "🚀", "\uD800", "\uDC00"];
        for (var length = 1; length <= 100; length++)
        {
            for (var at = 0; at < length; at++)
            {
                foreach (var special in specials)
                {
                    var text = new string('a', at) + special + new string('b', length - at - 1);
                    var expected = JacksonReference.Quote(text);
                    var actual = Value(text);
                    if (!expected.AsSpan().SequenceEqual(actual))
                        Assert.Fail($"length {length}, {Escape(special)} at {at}: {Encoding.UTF8.GetString(actual)}");
                }
            }
        }
    }

    [Fact]
    public void Long_texts_are_written_across_the_pieces_the_writer_asks_for()
    {
        // Longer than the writer's 16 KB pieces: a run of three-byte characters ends a piece in the middle of one, a pair
        // and a lone surrogate come after the first pieces, and one text escapes every few characters as the registers do.
        string[] texts =
        [
            new string('日', 50_000),
            new string('x', 40_000) + "🚀" + new string('y', 20_000) + "\uD800" + new string('z', 20_000),
            string.Concat(Enumerable.Repeat("{\"id\":\"MDL-1\",\"path\":\"C:\\\\models\",\"note\":\"é\"}\n", 5_000)),
            new string('"', 70_000),
            new string('\u0001', 20_000),
        ];
        foreach (var text in texts) Assert.Equal(JacksonReference.Quote(text), Value(text));
    }

    [Fact]
    public void Random_texts_dense_in_what_is_escaped_are_written_as_Jackson_writes_them()
    {
        var random = new Random(22);
        string[] pieces = ["a", "Z", " ", "\"", "\\", "\n", "\t", "\u0000", "\u001F", "\u007F", "é", "→", "日", "🚀", "\uD800", "\uDFFF", "/", "<"];
        for (var i = 0; i < 3_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 120)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(JacksonReference.Quote(text), Value(text));
        }
    }

    [Fact]
    public void Text_already_in_UTF_8_is_written_as_the_same_text_in_UTF_16()
    {
        var random = new Random(7);
        string[] pieces = ["a", "\"", "\\", "\n", "\u0002", "é", "日", "🚀", new string('q', 5_000)];
        for (var i = 0; i < 500; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
            var fromUtf16 = Written(w => w.WriteString("k", text));
            var fromUtf8 = Written(w => w.WriteUtf8String("k", Encoding.UTF8.GetBytes(text)));
            Assert.Equal(fromUtf16, fromUtf8);
        }
    }

    [Fact]
    public void A_property_name_that_is_data_is_escaped_as_a_value_is()
    {
        var name = "a\"b\\c\u0001\uD800🚀";
        var written = Written(w =>
        {
            w.WriteStartObject();
            w.WriteString(name, "v");
            w.WriteEndObject();
        });
        Assert.Equal([.. "{"u8, .. JacksonReference.Quote(name), .. ":\"v\"}"u8], written);
    }

    [Fact]
    public void Streamed_output_equals_the_bytes_written_in_memory()
    {
        // More than the stream buffer's 64 KB, with one text larger than it.
        var workspace = new Workspace("W");
        workspace.Properties.Set("long", string.Concat(Enumerable.Repeat("\"é\" 日本 ", 20_000)));
        for (var i = 0; i < 500; i++) workspace.Model.AddPerson($"Person {i}", $"A \"user\" number {i}\n🚀");
        using var stream = new MemoryStream();
        WorkspaceJson.Serialize(workspace, stream);
        Assert.Equal(WorkspaceJson.SerializeToUtf8Bytes(workspace), stream.ToArray());
        using var indented = new MemoryStream();
        WorkspaceJson.Serialize(workspace, indented, indented: true);
        Assert.Equal(WorkspaceJson.SerializeToUtf8Bytes(workspace, indented: true), indented.ToArray());
    }

    private static byte[] Value(string text) => Written(w => w.WriteStringValue(text));

    private static byte[] Written(Action<JacksonJsonWriter> write)
    {
        using var buffer = new PooledSegmentWriter();
        var writer = new JacksonJsonWriter(buffer, indented: false);
        write(writer);
        writer.Flush();
        return buffer.ToArray();
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < 0x80 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}"));
}
