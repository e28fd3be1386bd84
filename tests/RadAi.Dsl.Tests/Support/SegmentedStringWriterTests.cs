using System.Text;

namespace RadAi.Dsl.Tests.Support;

/// <summary>In-memory documents are written into pooled, growing segments: the string must be what a StringWriter gives.</summary>
public class SegmentedStringWriterTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4_096)]
    [InlineData(4_097)]
    [InlineData(3_000_001)]
    public void Text_written_in_pieces_across_segments_is_the_text_of_a_string_writer(int length)
    {
        var random = new Random(length);
        using var segmented = new SegmentedStringWriter();
        var expected = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        while (expected.GetStringBuilder().Length < length)
        {
            switch (random.Next(5))
            {
                case 0:
                    var c = (char)random.Next(32, 0xD7FF);
                    segmented.Write(c);
                    expected.Write(c);
                    break;
                case 1:
                    var text = new string('x', random.Next(0, 9_000)) + "é→";
                    segmented.Write(text);
                    expected.Write(text);
                    break;
                case 2:
                    var chars = "0123456789abcdef".ToCharArray();
                    segmented.Write(chars, 3, 10);
                    expected.Write(chars, 3, 10);
                    break;
                case 3:
                    segmented.Write(12.5);
                    expected.Write(12.5);
                    break;
                default:
                    segmented.Write("line".AsSpan());
                    segmented.Write('\n');
                    expected.Write("line\n");
                    break;
            }
        }
        Assert.Equal(expected.GetStringBuilder().Length, segmented.Length);
        Assert.Equal(expected.ToString(), segmented.ToString());
        Assert.Equal(expected.ToString(), segmented.ToString()); // asking twice gives the same text
    }

    [Fact]
    public void A_disposed_writer_refuses_to_write_or_give_its_text()
    {
        var writer = new SegmentedStringWriter();
        writer.Write(new string('a', 5_000));
        writer.Dispose();
        Assert.Throws<ObjectDisposedException>(() => writer.ToString());
        Assert.Throws<ObjectDisposedException>(() => writer.Write(new string('b', 10)));
        Assert.Equal(Encoding.Unicode, writer.Encoding);
    }
}
