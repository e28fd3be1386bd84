using System.Globalization;
using System.Text;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// Quotes text for the Structurizr DSL. Inside quotes the DSL knows only two escapes, <c>\"</c> and <c>\n</c>,
/// and substitutes <c>${NAME}</c> from constants and environment variables; so:
/// <list type="bullet">
/// <item><c>"</c> is written <c>\"</c>; a line break (LF, CRLF or CR) is written <c>\n</c>;</item>
/// <item>a backslash is written as it is, unless it comes right before <c>n</c> or <c>"</c> or ends the text:
/// the DSL cannot spell those, so that backslash becomes U+FF3C (＼, fullwidth reverse solidus);</item>
/// <item>the <c>$</c> of <c>${</c> becomes U+FF04 (＄) so nothing is substituted;</item>
/// <item>text that is exactly <c>{</c> or <c>}</c> becomes U+FF5B/U+FF5D, because the parser would read it as a block brace;</item>
/// <item>other control characters (not tab) become spaces.</item>
/// </list>
/// Everything else, non-ASCII included, is written as it is (the DSL file is UTF-8).
/// </summary>
internal static class DslText
{
    public const char BackslashSubstitute = '\uFF3C';
    public const char DollarSubstitute = '\uFF04';

    // Every character Quote may change: quote, backslash, dollar and the control characters (tab among them: it is
    // kept, but the slow path decides that). Most names and descriptions hold none and are quoted in one copy.
    private static readonly System.Buffers.SearchValues<char> Specials = System.Buffers.SearchValues.Create(
        "\"\\$" + new string([.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(i => (char)i)]));

    public static string Quote(string? value)
    {
        value ??= string.Empty;
        if (value is not ("{" or "}") && value.AsSpan().IndexOfAny(Specials) < 0) return string.Concat("\"", value, "\"");
        var text = new StringWriter(new StringBuilder(value.Length + 16), CultureInfo.InvariantCulture);
        WriteQuoted(text, value);
        return text.ToString();
    }

    /// <summary>
    /// Writes <paramref name="value"/> quoted to <paramref name="output"/> (the text <see cref="Quote"/> gives), in
    /// pieces: plain runs are written straight from the value, so a long text (the registers' JSON is millions of
    /// characters) is never copied into a string first.
    /// </summary>
    public static void WriteQuoted(TextWriter output, ReadOnlySpan<char> value)
    {
        output.Write('"');
        if (value is "{") output.Write('\uFF5B');
        else if (value is "}") output.Write('\uFF5D');
        else WriteEscaped(output, value);
        output.Write('"');
    }

    /// <summary>
    /// Writes UTF-8 text quoted to <paramref name="output"/>: the text <see cref="WriteQuoted(TextWriter, ReadOnlySpan{char})"/>
    /// gives for it decoded, decoded a slice at a time (the registers' JSON is never made into a string).
    /// </summary>
    public static void WriteQuoted(TextWriter output, ReadOnlySpan<byte> utf8)
    {
        // "{" and "}" alone are the only texts quoted as a whole: one byte is too short to slice.
        if (utf8.Length <= 1)
        {
            WriteQuoted(output, System.Text.Encoding.UTF8.GetString(utf8));
            return;
        }
        output.Write('"');
        var decoder = System.Text.Encoding.UTF8.GetDecoder();
        Span<char> chars = stackalloc char[2048];
        var held = 0;
        while (true)
        {
            var slice = utf8[..Math.Min(utf8.Length, 1024)];
            utf8 = utf8[slice.Length..];
            var final = utf8.IsEmpty;
            var count = held + decoder.GetChars(slice, chars[held..], flush: final);
            // The last character waits for the next slice unless this is the end: it may need the one after it.
            var next = WriteEscaped(output, chars[..count], final ? count : count - 1);
            if (final) break;
            held = count - next;
            chars[next..count].CopyTo(chars);
        }
        output.Write('"');
    }

    private static void WriteEscaped(TextWriter output, ReadOnlySpan<char> value) => WriteEscaped(output, value, value.Length);

    // Writes value[..end] escaped, looking at value[end] when a character needs the one after it; returns where the next
    // slice starts (end, or end + 1 when "\r\n" was written as one line break).
    private static int WriteEscaped(TextWriter output, ReadOnlySpan<char> value, int end)
    {
        if (end <= 0) return 0;
        var first = value[..end].IndexOfAny(Specials);
        if (first < 0)
        {
            output.Write(value[..end]);
            return end;
        }
        output.Write(value[..first]);
        // From the first special character on, one character at a time into a buffer written in chunks: the registers'
        // JSON has a quote every few characters, where a vector search per plain run costs more than it saves.
        Span<char> buffer = stackalloc char[1024];
        var at = 0;
        var i = first;
        for (; i < end; i++)
        {
            if (at > buffer.Length - 2)
            {
                output.Write(buffer[..at]);
                at = 0;
            }
            var c = value[i];
            if (c >= ' ' && c is not ('"' or '\\' or '$') && c is < '\u007F' or > '\u009F')
            {
                buffer[at++] = c;
                continue;
            }
            var next = i + 1 < value.Length ? value[i + 1] : '\0';
            switch (c)
            {
                case '"':
                    buffer[at++] = '\\';
                    buffer[at++] = '"';
                    break;
                case '\r':
                    buffer[at++] = '\\';
                    buffer[at++] = 'n';
                    if (next == '\n') i++;
                    break;
                case '\n':
                    buffer[at++] = '\\';
                    buffer[at++] = 'n';
                    break;
                case '\\':
                    buffer[at++] = i + 1 == value.Length || next is 'n' or '"' ? BackslashSubstitute : '\\';
                    break;
                case '$':
                    buffer[at++] = next == '{' ? DollarSubstitute : '$';
                    break;
                case '\t':
                    buffer[at++] = c;
                    break;
                default:
                    buffer[at++] = char.IsControl(c) ? ' ' : c;
                    break;
            }
        }
        output.Write(buffer[..at]);
        return i;
    }
}
