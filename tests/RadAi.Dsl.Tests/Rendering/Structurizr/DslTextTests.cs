using System.Text;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Rendering.Structurizr;

public class DslTextTests
{
    // Each case puts a character that needs the next one ("\\n", "\\\"", "\r\n", "${") or a multi-byte character across
    // the slices the UTF-8 form is decoded in.
    [Theory]
    [InlineData(1023, "\\n")]
    [InlineData(1023, "\\\"")]
    [InlineData(1023, "\r\n")]
    [InlineData(1023, "${x}")]
    [InlineData(1022, "é€😀")]
    [InlineData(1024, "\\")]
    [InlineData(0, "{")]
    [InlineData(2047, "\"\\n\"")]
    public void Text_quoted_from_its_UTF8_is_the_text_quoted_from_its_characters(int padding, string tail)
    {
        var text = new string('a', padding) + tail + " and then {\"k\":\"v\\\\n\"} " + new string('b', 3000) + tail;
        var fromChars = new StringWriter();
        DslText.WriteQuoted(fromChars, text);
        var fromUtf8 = new StringWriter();
        DslText.WriteQuoted(fromUtf8, Encoding.UTF8.GetBytes(text));
        Assert.Equal(fromChars.ToString(), fromUtf8.ToString());
    }

    [Theory]
    [InlineData("{")]
    [InlineData("}")]
    [InlineData("")]
    public void A_text_quoted_as_a_whole_is_the_same_from_its_UTF8(string text)
    {
        var fromUtf8 = new StringWriter();
        DslText.WriteQuoted(fromUtf8, Encoding.UTF8.GetBytes(text));
        Assert.Equal(DslText.Quote(text), fromUtf8.ToString());
    }
}
