using System.Text;

namespace RadAi.Dsl.Rendering.Structurizr;

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
        if (value == "{") return "\"\uFF5B\"";
        if (value == "}") return "\"\uFF5D\"";
        var first = value.AsSpan().IndexOfAny(Specials);
        if (first < 0) return string.Concat("\"", value, "\"");
        var text = new StringBuilder(value.Length + 16).Append('"');
        var i = first;
        text.Append(value, 0, first);
        while (i < value.Length)
        {
            var c = value[i];
            var next = i + 1 < value.Length ? value[i + 1] : '\0';
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\r':
                    text.Append("\\n");
                    if (next == '\n') i++;
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\\':
                    text.Append(i + 1 == value.Length || next is 'n' or '"' ? BackslashSubstitute : '\\');
                    break;
                case '$' when next == '{':
                    text.Append(DollarSubstitute);
                    break;
                case '\t':
                    text.Append(c);
                    break;
                default:
                    text.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
            i++;
            // Copy the plain run up to the next special character in one append.
            var run = i < value.Length ? value.AsSpan(i).IndexOfAny(Specials) : 0;
            if (run < 0) run = value.Length - i;
            text.Append(value, i, run);
            i += run;
        }
        return text.Append('"').ToString();
    }
}
