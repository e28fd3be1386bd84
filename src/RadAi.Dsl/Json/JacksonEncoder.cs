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

    public override bool WillEncode(int unicodeScalar) => unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\';

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
        => new ReadOnlySpan<char>(text, textLength).IndexOfAny(Escaped);

    // ASCII text needs only the byte search; anything else keeps the base class's scalar-by-scalar checks (invalid UTF-8 included).
    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
        => System.Text.Ascii.IsValid(utf8Text) ? utf8Text.IndexOfAny(EscapedUtf8) : base.FindFirstCharacterToEncodeUtf8(utf8Text);

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        ReadOnlySpan<char> escaped = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\t' => "\\t",
            '\r' => "\\r",
            '\b' => "\\b",
            '\f' => "\\f",
            _ when unicodeScalar < 0x20 => "\\u00" + ((byte)unicodeScalar).ToString("X2", System.Globalization.CultureInfo.InvariantCulture),
            _ => char.ConvertFromUtf32(unicodeScalar),
        };
        if (escaped.Length > bufferLength)
        {
            numberOfCharactersWritten = 0;
            return false;
        }
        escaped.CopyTo(new Span<char>(buffer, bufferLength));
        numberOfCharactersWritten = escaped.Length;
        return true;
    }
}
