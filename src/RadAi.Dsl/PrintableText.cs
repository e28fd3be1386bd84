using System.Buffers;
using System.Globalization;
using System.Text;

namespace RadAi.Dsl;

/// <summary>
/// Text from a model or a server made safe to print on one line of a terminal: control characters (C0 but tab, DEL,
/// C1; ESC and BEL start and end terminal commands, a line break would start a forged line), the line and paragraph
/// separators U+2028/U+2029 (line ends to JavaScript, so to Mermaid's parser), and bidirectional overrides
/// and isolates (which reorder what a reader sees) are written as visible <c>\uXXXX</c> escapes. Used by the text
/// inspection report and, through InternalsVisibleTo, by every line the radai tool prints.
/// </summary>
internal static class PrintableText
{
    private static readonly SearchValues<char> Unprintable = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c != '\t').Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
         '\u2028', '\u2029', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']);

    /// <summary>The text with every unprintable character escaped (the same string when it has none).</summary>
    public static string Escape(string? text) => text is null ? string.Empty : Escape(text.AsSpan(), text);

    /// <summary>The characters with every unprintable one escaped; <paramref name="whole"/> is returned when it is them and needs nothing.</summary>
    public static string Escape(ReadOnlySpan<char> text, string? whole = null)
    {
        var first = text.IndexOfAny(Unprintable);
        if (first < 0) return whole ?? text.ToString();
        var escaped = new StringBuilder(text.Length + 16).Append(text[..first]);
        foreach (var c in text[first..])
        {
            if (Unprintable.Contains(c)) escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else escaped.Append(c);
        }
        return escaped.ToString();
    }
}
