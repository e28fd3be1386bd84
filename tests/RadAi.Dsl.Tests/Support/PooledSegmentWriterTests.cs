using System.Text;
namespace RadAi.Dsl.Tests.Support;

/// <summary>Registers and workspaces are written as JSON into pooled segments: the string and the array made from them must be what the bytes give in one piece.</summary>
public class PooledSegmentWriterTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    [InlineData(300_001)]
    public void Text_split_across_segments_decodes_and_copies_as_in_one_piece(int length)
    {
        // Two-, three- and four-byte characters land on every segment boundary sooner or later.
        var random = new Random(length);
        string[] pieces = ["a", "ü", "→", "🙂", "\"", "\\n", "PSI > 0.2"];
        var text = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(text.ToString()) < length) text.Append(pieces[random.Next(pieces.Length)]);
        var bytes = Encoding.UTF8.GetBytes(text.ToString());

        using var writer = new PooledSegmentWriter();
        var at = 0;
        while (at < bytes.Length)
        {
            var chunk = Math.Min(bytes.Length - at, random.Next(3) == 0 ? 70_000 : random.Next(1, 5_000));
            var span = writer.GetSpan(random.Next(2) == 0 ? chunk : 0);
            var n = Math.Min(chunk, span.Length);
            bytes.AsSpan(at, n).CopyTo(span);
            writer.Advance(n);
            at += n;
        }
        Assert.Equal(bytes.Length, writer.Length);
        Assert.Equal(Encoding.UTF8.GetString(bytes), writer.ToUtf16String());
        Assert.Equal(bytes, writer.ToArray());
    }

    [Fact]
    public void Advancing_past_the_span_is_refused()
    {
        using var writer = new PooledSegmentWriter();
        var free = writer.GetSpan(10).Length;
        Assert.Throws<InvalidOperationException>(() => writer.Advance(free + 1));
    }
}
