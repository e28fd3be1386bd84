namespace RadAi.Dsl.Rendering.Markdown;

/// <summary>Escapes model text where it lands in markdown, so a '|' or a line break never breaks a table.</summary>
internal static class MarkdownText
{
    /// <summary>Text for a table cell: pipes escaped, line breaks as &lt;br&gt;, blank as an em dash.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "—";
        // Most cells need nothing: one vectorised search instead of five replacements and a character scan.
        if (value.AsSpan().IndexOfAny(CellSpecials) < 0) return value.Trim();
        var text = value.Trim()
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\n", "<br>", StringComparison.Ordinal);
        return WithoutControlCharacters(text);
    }

    /// <summary>Text for a heading or a list item: one line.</summary>
    public static string Inline(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return string.Empty;
        return WithoutControlCharacters(value.Trim().Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' '));
    }

    /// <summary>
    /// Text for a link label: brackets as character references, not backslash escapes, because a link often lands in
    /// a table cell, where <see cref="Cell"/> doubles backslashes and would break the link.
    /// </summary>
    public static string LinkLabel(string value) => Inline(value).Replace("[", "&#91;", StringComparison.Ordinal).Replace("]", "&#93;", StringComparison.Ordinal);

    // Every character char.IsControl accepts: U+0000–U+001F and U+007F–U+009F ('\r' and '\n' among them).
    private static readonly string Controls = new([.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(i => (char)i)]);
    private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(Controls);
    private static readonly System.Buffers.SearchValues<char> CellSpecials = System.Buffers.SearchValues.Create("\\|" + Controls);

    private static string WithoutControlCharacters(string text)
    {
        if (text.AsSpan().IndexOfAny(ControlCharacters) < 0) return text;
        return new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
    }
}
