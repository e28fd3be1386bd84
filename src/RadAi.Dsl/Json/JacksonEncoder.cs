using System.Buffers;
using System.Text.Encodings.Web;

namespace RadAi.Dsl;

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

    // Searched in every string written. Not IndexOfAnyInRange: its generic instantiation for char is not precompiled,
    // and until the JIT optimises it, it boxes both bounds on every call (145 MB at 100,000 in a fresh process).
    private static readonly SearchValues<char> Surrogates = SearchValues.Create(new string([.. Enumerable.Range(0xD800, 0x800).Select(c => (char)c)]));
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create([.. Enumerable.Range(0, 0x20).Select(b => (byte)b)]);

    public override int MaxOutputCharactersPerInputCharacter => 6;

    /// <summary>
    /// The text as structurizr-java's output has it: Jackson writes an unpaired surrogate unescaped and Java's UTF-8
    /// encoder turns it into '?' (../shared/structurizr/FACTS.md 5.5). System.Text.Json would instead cut the string
    /// off there, silently. Text without surrogates (nearly all) is returned as it is, after one vector search.
    /// </summary>
    internal static string AsJavaEncodes(string value)
    {
        var first = value.AsSpan().IndexOfAny(Surrogates);
        if (first < 0) return value;
        return string.Create(value.Length, (value, first), static (output, state) =>
        {
            var (text, from) = state;
            text.AsSpan().CopyTo(output);
            for (var i = from; i < output.Length; i++)
            {
                if (char.IsHighSurrogate(output[i]) && i + 1 < output.Length && char.IsLowSurrogate(output[i + 1])) i++;
                else if (char.IsSurrogate(output[i])) output[i] = '?';
            }
        });
    }

    /// <summary>
    /// Writes <paramref name="value"/> as a quoted JSON string with Jackson's escapes, in UTF-8, into a pooled buffer
    /// (to be returned to <see cref="ArrayPool{T}.Shared"/>), or returns false for text with surrogates (left to the
    /// writer's own checks). System.Text.Json escapes through an encoder one character at a time; the long RAD-AI
    /// register texts have a quote every few characters, so this counts the escapes with vector searches and then
    /// copies byte by byte, with the same bytes as a result.
    /// </summary>
    internal static bool TryQuoteUtf8(string value, out byte[] buffer, out int length)
    {
        var text = value.AsSpan();
        if (text.ContainsAny(Surrogates))
        {
            buffer = [];
            length = 0;
            return false;
        }
        // Every character Jackson escapes is ASCII, and no byte of a multi-byte UTF-8 sequence is: escaping the UTF-8
        // bytes gives the same text as escaping the characters.
        var utf8 = ArrayPool<byte>.Shared.Rent(System.Text.Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            buffer = QuoteUtf8(utf8.AsSpan(0, System.Text.Encoding.UTF8.GetBytes(text, utf8)), out length);
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    /// <summary>
    /// Writes valid UTF-8 text as a quoted JSON string with Jackson's escapes into a pooled buffer (to be returned to
    /// <see cref="ArrayPool{T}.Shared"/>); what <see cref="TryQuoteUtf8(string, out byte[], out int)"/> writes for its text.
    /// </summary>
    internal static byte[] QuoteUtf8(ReadOnlySpan<byte> raw, out int length)
    {
        var extra = raw.Count((byte)'"') + raw.Count((byte)'\\');
        if (raw.ContainsAny(ControlBytes))
            foreach (var b in raw)
                if (b < 0x20) extra += EscapedLength((char)b) - 1;
        var buffer = ArrayPool<byte>.Shared.Rent(raw.Length + extra + 2);
        var output = buffer.AsSpan();
        output[0] = (byte)'"';
        var at = 1;
        if (extra == 0)
        {
            raw.CopyTo(output[1..]);
            at += raw.Length;
        }
        else
        {
            foreach (var b in raw)
            {
                if (b >= 0x20 && b != '"' && b != '\\') output[at++] = b;
                else at += Escape(b, output[at..]);
            }
        }
        output[at++] = (byte)'"';
        length = at;
        return buffer;
    }

    private static int EscapedLength(char c) => ShortForm(c) != '\0' ? 2 : 6;

    // Jackson's escape of '"', '\' or a control character; returns the characters written (2 or 6).
    private static int Escape(char c, Span<char> output)
    {
        output[0] = '\\';
        if (ShortForm(c) is var shortForm and not '\0')
        {
            output[1] = shortForm;
            return 2;
        }
        "u00".CopyTo(output[1..]);
        ((byte)c).TryFormat(output[4..], out _, "X2", System.Globalization.CultureInfo.InvariantCulture);
        return 6;
    }

    // The same escape written as UTF-8 (all of it ASCII).
    private static int Escape(byte c, Span<byte> output)
    {
        output[0] = (byte)'\\';
        if (ShortForm((char)c) is var shortForm and not '\0')
        {
            output[1] = (byte)shortForm;
            return 2;
        }
        "u00"u8.CopyTo(output[1..]);
        c.TryFormat(output[4..], out _, "X2", System.Globalization.CultureInfo.InvariantCulture);
        return 6;
    }

    // The letter after the backslash for the escapes that have one, else '\0' (written \u00XX).
    private static char ShortForm(char c) => c switch
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
