using System.Buffers;
using System.Text.Encodings.Web;

namespace RadAi.Dsl.Json;

/// <summary>
/// Escapes strings exactly as Jackson (structurizr-java's serializer) does: only '"', '\' and control
/// characters; everything else, non-ASCII included, is written raw as UTF-8.
/// </summary>
internal sealed class JacksonEncoder : JavaScriptEncoder
{
    public static JacksonEncoder Instance { get; } = new();

    // '"', '\' and the control characters: searched with vector instructions, as every string written passes here.
    private static readonly SearchValues<char> Escaped = SearchValues.Create("\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\"\\");
    private static readonly SearchValues<byte> EscapedUtf8 = SearchValues.Create("\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\"\\"u8);

    public override int MaxOutputCharactersPerInputCharacter => 6;

    /// <summary>
    /// Writes <paramref name="value"/> as a quoted JSON string with Jackson's escapes into a pooled buffer, or returns
    /// false for text with surrogates (left to the writer's own checks). System.Text.Json escapes through an encoder one
    /// character at a time; for the long, quote-dense RAD-AI register texts this direct pass is many times faster, with
    /// the same bytes.
    /// </summary>
    internal static bool TryQuote(string value, out char[] buffer, out int length)
    {
        var text = value.AsSpan();
        if (text.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            buffer = [];
            length = 0;
            return false;
        }
        var extra = 0;
        for (var rest = text; rest.IndexOfAny(Escaped) is var i and >= 0; rest = rest[(i + 1)..])
            extra += EscapedLength(rest[i]) - 1;
        buffer = ArrayPool<char>.Shared.Rent(text.Length + extra + 2);
        var output = buffer.AsSpan();
        var at = 0;
        output[at++] = '"';
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAny(Escaped);
            var plain = next < 0 ? text : text[..next];
            plain.CopyTo(output[at..]);
            at += plain.Length;
            if (next < 0) break;
            at += Escape(text[next], output[at..]);
            text = text[(next + 1)..];
        }
        output[at++] = '"';
        length = at;
        return true;
    }

    private static int EscapedLength(char c) => c is '"' or '\\' or '\n' or '\t' or '\r' or '\b' or '\f' ? 2 : 6;

    // Jackson's escape of '"', '\' or a control character; returns the characters written (2 or 6).
    private static int Escape(char c, Span<char> output)
    {
        var shortForm = c switch
        {
            '"' => '"',
            '\\' => '\\',
            '\n' => 'n',
            '\t' => 't',
            '\r' => 'r',
            '\b' => 'b',
            '\f' => 'f',
            _ => '\0',
        };
        output[0] = '\\';
        if (shortForm != '\0')
        {
            output[1] = shortForm;
            return 2;
        }
        "u00".CopyTo(output[1..]);
        ((byte)c).TryFormat(output[4..], out _, "X2", System.Globalization.CultureInfo.InvariantCulture);
        return 6;
    }

    public override bool WillEncode(int unicodeScalar) => unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\';

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
        => new ReadOnlySpan<char>(text, textLength).IndexOfAny(Escaped);

    // ASCII text needs only the byte search; anything else keeps the base class's scalar-by-scalar checks (invalid UTF-8 included).
    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
        => System.Text.Ascii.IsValid(utf8Text) ? utf8Text.IndexOfAny(EscapedUtf8) : base.FindFirstCharacterToEncodeUtf8(utf8Text);

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var output = new Span<char>(buffer, bufferLength);
        if (WillEncode(unicodeScalar))
        {
            var c = (char)unicodeScalar;
            if (EscapedLength(c) > bufferLength)
            {
                numberOfCharactersWritten = 0;
                return false;
            }
            numberOfCharactersWritten = Escape(c, output);
            return true;
        }
        var rune = new System.Text.Rune(unicodeScalar);
        return rune.TryEncodeToUtf16(output, out numberOfCharactersWritten);
    }
}
