using System.Text;

namespace RadAi.Dsl.Rendering.Mermaid;

/// <summary>
/// Escapes model text for a quoted Mermaid label. Mermaid reads <c>#name;</c> and <c>#123;</c> as entity codes, so every
/// character that could end or confuse a label is written as one: <c>"</c> → <c>#quot;</c>, <c>#</c> → <c>#35;</c>,
/// <c>[ ] { } ( ) | ; &lt; &gt; &amp; `</c> → their decimal codes; a line break becomes <c>&lt;br&gt;</c>; other control
/// characters become spaces. Non-ASCII text is written as it is.
/// </summary>
internal static class MermaidText
{
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        // Most labels (names, most descriptions) hold nothing to escape: they are returned as they are.
        var first = value.AsSpan().IndexOfAny(Specials);
        if (first < 0) return value;
        var text = new StringBuilder(value.Length + 16).Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("#quot;"); break;
                case '#': text.Append("#35;"); break;
                case '&': text.Append("#38;"); break;
                case '(': text.Append("#40;"); break;
                case ')': text.Append("#41;"); break;
                case ';': text.Append("#59;"); break;
                case '<': text.Append("#lt;"); break;
                case '>': text.Append("#gt;"); break;
                case '[': text.Append("#91;"); break;
                case ']': text.Append("#93;"); break;
                case '`': text.Append("#96;"); break;
                case '{': text.Append("#123;"); break;
                case '|': text.Append("#124;"); break;
                case '}': text.Append("#125;"); break;
                case '\r':
                    text.Append("<br>");
                    if (i + 1 < value.Length && value[i + 1] == '\n') i++;
                    break;
                case '\n': text.Append("<br>"); break;
                default: text.Append(char.IsControl(c) ? ' ' : c); break;
            }
            // Copy the plain run up to the next special character in one append.
            var run = i + 1 < value.Length ? value.AsSpan(i + 1).IndexOfAny(Specials) : 0;
            if (run < 0) run = value.Length - i - 1;
            text.Append(value, i + 1, run);
            i += run;
        }
        return text.ToString();
    }

    // Every character Escape changes: the label specials and the control characters (line breaks among them).
    private static readonly System.Buffers.SearchValues<char> Specials = System.Buffers.SearchValues.Create(
        "\"#&();<>[]`{|}" + new string([.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(i => (char)i)]));
}
