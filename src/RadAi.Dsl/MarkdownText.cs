using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace RadAi.Dsl;

/// <summary>
/// The one place model text becomes markdown: it lands as the text it is in headings, paragraphs, table cells, list
/// items and link labels, never as markup. Every character CommonMark, GFM or Markdig's extensions could read as markup
/// is backslash-escaped where it could act: emphasis and code (<c>* _ `</c>), links and images (<c>[ ]</c>), raw HTML
/// and autolinks (<c>&lt; &gt;</c>, <c>http://</c>, <c>www.</c>, <c>mailto:</c>, <c>@</c>), entities (<c>&amp;name;</c>),
/// table cells (<c>|</c>), extensions (<c>~ ^ $ { } == ++ "" ::</c>), a heading's closing <c>#</c>, and, where the
/// text may start a line, block starts (<c>#</c>, <c>&gt;</c>, <c>-</c>, <c>+</c>, <c>=</c>, <c>:</c>, <c>1.</c>). Line
/// breaks never reach the markdown as line breaks except in <see cref="Lines"/>, whose every line is escaped; other
/// control characters become spaces.
/// </summary>
internal static class MarkdownText
{
    /// <summary>
    /// The one wording for a fact the model does not state. A documentation set never fills a gap with a value of its
    /// own (0, "unknown", a default date or status); it says the fact is not stated.
    /// </summary>
    public const string NotStated = "not stated";

    /// <summary>Text for a heading or a link label, which never starts a line: one line, line breaks as spaces.</summary>
    public static string Inline(string? value) => Escape(value, "\u0020", lineStart: false);

    /// <summary>Writes <see cref="Inline"/>'s text to <paramref name="output"/>.</summary>
    public static void WriteInline(TextWriter output, string? value) => Escape(output, value, "\u0020", lineStart: false);

    /// <summary>Text for a paragraph, a list item or within renderer markup, which may start a line: one line, line breaks as &lt;br&gt;.</summary>
    public static string WithBreaks(string? value) => Escape(value, "<br>", lineStart: true);

    /// <summary>Writes <see cref="WithBreaks"/>'s text to <paramref name="output"/>.</summary>
    public static void WriteWithBreaks(TextWriter output, string? value) => Escape(output, value, "<br>", lineStart: true);

    /// <summary>
    /// Text for a table cell, which never starts a line: line breaks as &lt;br&gt;; <see cref="NotStated"/> when blank, as
    /// every cell without a value says the model does not state it (a renderer meaning "none" writes that word itself).
    /// </summary>
    public static string Cell(string? value) => string.IsNullOrWhiteSpace(value) ? NotStated : Escape(value, "<br>", lineStart: false);

    /// <summary>Writes <see cref="Cell"/>'s text to <paramref name="output"/>.</summary>
    // The markdown path (this escaping, MarkdownOutput, MarkdownWriter's rows) is compiled optimised at once: every
    // cell of every table passes through it, and in a fresh process the JIT keeps compiling new methods for seconds
    // before it recompiles hot ones, so these ran unoptimised for most of a large documentation set.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteCell(TextWriter output, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) output.Write(NotStated);
        else Escape(output, value, "<br>", lineStart: false);
    }

    /// <summary>
    /// Text of several lines for a block of prose: each line escaped on its own (so none starts a heading, list, quote,
    /// table or fence), blank lines kept as paragraph breaks, "\n" line endings.
    /// </summary>
    public static string Lines(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return string.Empty;
        using var text = new StringWriter(new StringBuilder(value.Length + 16), CultureInfo.InvariantCulture);
        WriteLines(text, value);
        return text.ToString();
    }

    /// <summary>Writes <see cref="Lines"/>'s text to <paramref name="output"/>.</summary>
    public static void WriteLines(TextWriter output, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        var text = value.AsSpan().Trim();
        var blank = false;
        var started = false;
        var at = 0;
        while (NextLine(text, ref at, out var untrimmed))
        {
            var line = untrimmed.Trim();
            if (line.IsEmpty)
            {
                blank = true;
                continue;
            }
            if (started) output.Write(blank ? "\n\n" : "\n");
            started = true;
            blank = false;
            WriteLine(output, line, lineStart: true);
        }
    }

    /// <summary>Text as an inline code span: a fence longer than any run of backticks inside, one line.</summary>
    public static string Code(string value)
    {
        var line = WithoutControlCharacters(value.Trim());
        var longest = 0;
        for (int i = 0, run = 0; i < line.Length; i++)
            longest = Math.Max(longest, run = line[i] == '`' ? run + 1 : 0);
        var fence = new string('`', longest + 1);
        // A space on both sides is taken off again by the reader; it keeps a backtick at either end off the fence.
        var pad = line.StartsWith('`') || line.EndsWith('`') ? " " : string.Empty;
        return fence + pad + line + pad + fence;
    }

    /// <summary>
    /// A relative path as a link destination: each segment percent-encoded, so no character ends the destination early
    /// and no segment reads as a scheme (<c>javascript:</c>).
    /// </summary>
    public static string LinkDestination(string relativePath)
        => string.Join('/', relativePath.Split('/').Select(segment => segment is "." or ".." ? segment : Uri.EscapeDataString(segment)));

    private static string Escape(string? value, string lineBreak, bool lineStart)
    {
        if (string.IsNullOrWhiteSpace(value)) return string.Empty;
        var trimmed = value.AsSpan().Trim();
        if (IsPlain(trimmed, lineStart)) return trimmed.Length == value.Length ? value : trimmed.ToString();
        using var text = new StringWriter(new StringBuilder(trimmed.Length + 16), CultureInfo.InvariantCulture);
        EscapeLines(text, trimmed, lineBreak, lineStart);
        return text.ToString();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Escape(TextWriter output, string? value, string lineBreak, bool lineStart)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        var trimmed = value.AsSpan().Trim();
        if (IsPlain(trimmed, lineStart)) output.Write(trimmed);
        else EscapeLines(output, trimmed, lineBreak, lineStart);
    }

    // Most names and descriptions need nothing: one vectorised search instead of a character-by-character copy.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsPlain(ReadOnlySpan<char> text, bool lineStart)
        => text.IndexOfAny(Specials) < 0 && !(lineStart && BlockMarker(text) >= 0) && !HasLinkTrigger(text);

    private static void EscapeLines(TextWriter output, ReadOnlySpan<char> text, string lineBreak, bool lineStart)
    {
        var first = true;
        var at = 0;
        while (NextLine(text, ref at, out var line))
        {
            if (!first) output.Write(lineBreak);
            first = false;
            WriteLine(output, line, lineStart);
        }
    }

    // The next line of text from position `at` ("\r\n", '\n' and a lone '\r' each end one; after the last break, the
    // rest, even empty, is one more line); `at` becomes -1 after the last line.
    private static bool NextLine(ReadOnlySpan<char> text, ref int at, out ReadOnlySpan<char> line)
    {
        if (at < 0)
        {
            line = default;
            return false;
        }
        var rest = text[at..];
        var end = rest.IndexOfAny('\r', '\n');
        if (end < 0)
        {
            line = rest;
            at = -1;
            return true;
        }
        line = rest[..end];
        at += rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? end + 2 : end + 1;
        return true;
    }

    // One line of text, escaped; control characters become spaces. Plain runs go to the output as they are.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteLine(TextWriter output, ReadOnlySpan<char> line, bool lineStart)
    {
        var marker = lineStart ? BlockMarker(line) : -1;
        var run = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            string? replacement;
            if (char.IsControl(c)) replacement = " ";
            // Markdig reads "{...}" at the end of a heading as attributes even after a backslash: braces go as references.
            else if (c is '{' or '}') replacement = c == '{' ? "&#123;" : "&#125;";
            else if (i == marker || Escaped(line, i)) replacement = null;
            else continue;
            output.Write(line[run..i]);
            if (replacement is null)
            {
                output.Write('\\');
                run = i;
            }
            else
            {
                output.Write(replacement);
                run = i + 1;
            }
        }
        output.Write(line[run..]);
    }

    // Whether the character at i could act as markup where it stands.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Escaped(ReadOnlySpan<char> line, int i) => line[i] switch
    {
        '\\' or '`' or '*' or '[' or ']' or '|' or '~' or '^' or '$' or '@' => true,
        // Raw HTML, a comment or an autolink ("<b", "</", "<!--", "<?", "<https:"); "< 5 ms" stays as it is. At the end of
        // the text the next character is unknown: the renderer's markup or another text may follow.
        '<' => i + 1 == line.Length || char.IsAsciiLetter(line[i + 1]) || line[i + 1] is '/' or '!' or '?',
        // An image ("![") when markup follows.
        '!' => i + 1 == line.Length,
        // Emphasis never opens or closes inside a word ("user_id").
        '_' => !(i > 0 && char.IsLetterOrDigit(line[i - 1]) && i + 1 < line.Length && char.IsLetterOrDigit(line[i + 1])),
        // A heading's closing sequence: a run of '#' ending the text after a space (a line's first '#' is a BlockMarker).
        '#' => i > 0 && char.IsWhiteSpace(line[i - 1]) && line[i..].Trim('#').IsEmpty,
        // An entity or a numeric character reference ("&lt;", "&#60;").
        '&' => i + 1 == line.Length || line[i + 1] == '#' || char.IsAsciiLetterOrDigit(line[i + 1]),
        // Doubled, these are citations, marks, insertions and inline containers.
        '"' or '=' or '+' => Doubled(line, i),
        // A scheme: "http://", "mailto:", "tel:", or a word ending the text.
        ':' => Doubled(line, i) || line[(i + 1)..].StartsWith("//") || EndsWithWord(line[..i], "mailto") || EndsWithWord(line[..i], "tel")
               || (i + 1 == line.Length && i > 0 && char.IsAsciiLetter(line[i - 1])),
        '.' => EndsWithWord(line[..i], "www"),
        _ => false,
    };

    private static bool Doubled(ReadOnlySpan<char> line, int i)
        => (i > 0 && line[i - 1] == line[i]) || (i + 1 < line.Length && line[i + 1] == line[i]);

    private static bool EndsWithWord(ReadOnlySpan<char> text, string word) => text.EndsWith(word, StringComparison.OrdinalIgnoreCase);

    // The index of a character that would start a block at the beginning of a line ("#", ">", "- ", "+ ", "=", ": ",
    // "1. ", "2) "), or -1. Characters that are always escaped ('|', '*', '`', '~', '[') need no marker.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int BlockMarker(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty) return -1;
        var c = line[0];
        if (c is '#' or '>') return 0;
        if (c is '-' or '+' or '=' or ':')
            return line.Length == 1 || line[1] == c || char.IsWhiteSpace(line[1]) ? 0 : -1;
        var digits = 0;
        while (digits < line.Length && digits < 10 && char.IsAsciiDigit(line[digits])) digits++;
        if (digits is 0 or 10 || digits == line.Length || line[digits] is not ('.' or ')')) return -1;
        return digits + 1 == line.Length || char.IsWhiteSpace(line[digits + 1]) ? digits : -1;
    }

    // Whether ':' or '.' may need escaping (Escaped): a scheme, "www.", "::", or a ':' ending the text.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasLinkTrigger(ReadOnlySpan<char> text)
        => text.IndexOfAny(':', '.') >= 0 && (text.EndsWith(':') || text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
           || text.Contains("mailto:", StringComparison.OrdinalIgnoreCase) || text.Contains("tel:", StringComparison.OrdinalIgnoreCase)
           || text.Contains("::", StringComparison.Ordinal));

    private static string WithoutControlCharacters(string text)
    {
        if (text.AsSpan().IndexOfAny(ControlCharacters) < 0) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = char.IsControl(source[i]) ? ' ' : source[i];
        });
    }

    // Every character char.IsControl accepts: U+0000–U+001F and U+007F–U+009F ('\r' and '\n' among them).
    private static readonly string Controls = new([.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(i => (char)i)]);
    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(Controls);

    // Every character Escaped may escape, except ':' and '.' (HasLinkTrigger looks for those): one search tells a plain
    // text from one that needs the character-by-character copy.
    private static readonly SearchValues<char> Specials = SearchValues.Create("\\`*[]<|~^${}@_#&\"=+!" + Controls);
}
