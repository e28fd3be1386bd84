using System.Text.Encodings.Web;

namespace RadAi.Dsl.Json;

/// <summary>
/// Escapes strings exactly as Jackson (structurizr-java's serializer) does: only '"', '\' and control
/// characters; everything else, non-ASCII included, is written raw as UTF-8.
/// </summary>
internal sealed class JacksonEncoder : JavaScriptEncoder
{
    public static JacksonEncoder Instance { get; } = new();

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) => unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\';

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
            if (WillEncode(text[i])) return i;
        return -1;
    }

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
