using System.Text;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// Escapes model text for a quoted argument of a C4-PlantUML macro. PlantUML has no <c>\"</c> inside macro arguments,
/// runs <c>%functions()</c> and <c>$variables</c> through its preprocessor, and reads Creole markup and HTML-like tags in
/// labels; so <c>" \ % $ &amp; &lt; &gt; ~ [ ]</c> are written as numeric entities (<c>&amp;#34;</c> …), the second of a
/// doubled Creole marker (<c>** // -- __ ~~ ^^ ""</c>) too, and a line break (U+2028 and U+2029 among them) as <c>\n</c>.
/// Control characters become spaces, so no model text starts a line of its own (a command, a comment, <c>@enduml</c>).
/// One known limit: PlantUML still draws <c>\t</c> (backslash, t) as a tab, even when the backslash is an entity.
/// </summary>
internal static class PlantUmlText
{
    public static string Quote(string? value) => "\"" + Escape(value) + "\"";

    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        var text = new StringBuilder(value.Length + 16);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var previous = i > 0 ? value[i - 1] : '\0';
            switch (c)
            {
                case '"' or '\\' or '%' or '$' or '&' or '<' or '>' or '~' or '[' or ']':
                    text.Append("&#").Append((int)c).Append(';');
                    break;
                case '*' or '/' or '-' or '_' or '^' when previous == c:
                    text.Append("&#").Append((int)c).Append(';');
                    break;
                case '\r':
                    text.Append("\\n");
                    if (i + 1 < value.Length && value[i + 1] == '\n') i++;
                    break;
                case '\n' or '\u2028' or '\u2029':
                    text.Append("\\n");
                    break;
                default:
                    text.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }
        return text.ToString();
    }
}
