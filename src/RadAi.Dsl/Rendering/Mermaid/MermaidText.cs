using System.Text;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// Escapes model text for Mermaid: for a quoted label (<see cref="Escape"/>) and for the front matter's title
/// (<see cref="FrontMatterString"/>). In a label, Mermaid reads <c>#name;</c> and <c>#123;</c> as entity codes, so every
/// character that could end or confuse a label is written as one: <c>"</c> → <c>#quot;</c>, <c>#</c> → <c>#35;</c>,
/// <c>[ ] { } ( ) | ; &lt; &gt; &amp; `</c> → their decimal codes; a line break (<c>\n</c>, <c>\r</c>, <c>\r\n</c>, and
/// U+2028/U+2029, which JavaScript's multi-line patterns also take for line ends) becomes <c>&lt;br&gt;</c>; other
/// control characters become spaces. Non-ASCII text is written as it is. So no model text can end a label, start a
/// line (where Mermaid reads <c>%%</c> comments) or form a <c>%%{…}%%</c> directive.
/// </summary>
internal static class MermaidText
{
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        // Most labels (names, most descriptions) hold nothing to escape: they are returned as they are.
        var first = value.AsSpan().IndexOfAny(Specials);
        return first < 0 ? value : AppendEscaped(new StringBuilder(value.Length + 16), value, first).ToString();
    }

    /// <summary>Appends <paramref name="value"/> escaped as <see cref="Escape(string?)"/> gives it, without a string of its own.</summary>
    public static StringBuilder AppendEscaped(StringBuilder text, string? value)
    {
        if (string.IsNullOrEmpty(value)) return text;
        var first = value.AsSpan().IndexOfAny(Specials);
        return first < 0 ? text.Append(value) : AppendEscaped(text, value, first);
    }

    private static StringBuilder AppendEscaped(StringBuilder text, string value, int first)
    {
        text.Append(value, 0, first);
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
                case '\n' or '\u2028' or '\u2029': text.Append("<br>"); break;
                default: text.Append(char.IsControl(c) ? ' ' : c); break;
            }
            // Copy the plain run up to the next special character in one append.
            var run = i + 1 < value.Length ? value.AsSpan(i + 1).IndexOfAny(Specials) : 0;
            if (run < 0) run = value.Length - i - 1;
            text.Append(value, i + 1, run);
            i += run;
        }
        return text;
    }

    /// <summary>
    /// Model text for a double-quoted YAML string in a diagram's front matter (its title), where entity codes are not
    /// read: <c>\</c> and <c>"</c> are escaped, and line breaks, control characters and the other characters YAML does
    /// not allow in a document become spaces, so the text stays on its line and the front matter parses.
    /// </summary>
    public static string FrontMatterString(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        var text = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': text.Append("\\\\"); break;
                case '"': text.Append("\\\""); break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n': text.Append(' '); i++; break;
                default: text.Append(char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF' ? ' ' : c); break;
            }
        }
        return text.ToString();
    }

    // Every character Escape changes: the label specials and the control characters and line separators (line breaks among them).
    private static readonly System.Buffers.SearchValues<char> Specials = System.Buffers.SearchValues.Create(
        "\"#&();<>[]`{|}\u2028\u2029" + new string([.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(i => (char)i)]));
}
