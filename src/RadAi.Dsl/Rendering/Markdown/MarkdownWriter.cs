using System.Text;

namespace RadAi.Dsl.Rendering.Markdown;

/// <summary>
/// Builds one markdown document with "\n" line endings: headings, paragraphs, tables whose rows always
/// have as many cells as the header, lists, links and Mermaid blocks. Model text is escaped where it lands.
/// </summary>
internal sealed class MarkdownWriter
{
    private readonly StringBuilder _text = new();

    /// <summary>A heading; level 1 is the document title.</summary>
    public MarkdownWriter Heading(int level, string text)
    {
        Gap();
        _text.Append('#', Math.Clamp(level, 1, 6)).Append(' ').Append(MarkdownText.Inline(text)).Append('\n');
        return this;
    }

    /// <summary>A paragraph of prose (the caller's own words; model text goes through <see cref="MarkdownText"/>).</summary>
    public MarkdownWriter Paragraph(string text)
    {
        Gap();
        _text.Append(text.Trim().Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\n');
        return this;
    }

    /// <summary>A table, or <paramref name="whenEmpty"/> as a paragraph when there are no rows.</summary>
    public MarkdownWriter Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows, string whenEmpty)
    {
        var list = rows.ToList();
        if (list.Count == 0) return Paragraph("_" + whenEmpty + "_");
        Gap();
        Row(headers.Select(h => MarkdownText.Cell(h)).ToList());
        _text.Append('|');
        foreach (var _ in headers) _text.Append(" --- |");
        _text.Append('\n');
        foreach (var row in list)
        {
            if (row.Count != headers.Count)
                throw new InvalidOperationException($"A table row has {row.Count} cells but the header has {headers.Count}: {string.Join(" | ", row)}");
            Row(row.Select(MarkdownText.Cell).ToList());
        }
        return this;
    }

    /// <summary>A two-column key/value table of the non-empty values.</summary>
    public MarkdownWriter Facts(IEnumerable<(string Key, string? Value)> facts, string whenEmpty)
        => Table(["Property", "Value"], facts.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => (IReadOnlyList<string?>)[f.Key, f.Value]), whenEmpty);

    /// <summary>A bulleted list (one line per item), or <paramref name="whenEmpty"/>.</summary>
    public MarkdownWriter Bullets(IEnumerable<string> items, string whenEmpty)
    {
        var list = items.ToList();
        if (list.Count == 0) return Paragraph("_" + whenEmpty + "_");
        Gap();
        foreach (var item in list) _text.Append("- ").Append(item).Append('\n');
        return this;
    }

    /// <summary>A fenced Mermaid diagram.</summary>
    public MarkdownWriter Mermaid(string diagram)
    {
        Gap();
        _text.Append("```mermaid\n").Append(diagram.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n')).Append("\n```\n");
        return this;
    }

    /// <summary>A markdown link to a relative path.</summary>
    public static string Link(string label, string relativePath) => "[" + MarkdownText.LinkLabel(label) + "](" + relativePath.Replace(" ", "%20", StringComparison.Ordinal) + ")";

    /// <inheritdoc />
    public override string ToString() => _text.ToString();

    private void Row(IReadOnlyList<string> cells)
    {
        _text.Append('|');
        foreach (var c in cells) _text.Append(' ').Append(c).Append(" |");
        _text.Append('\n');
    }

    // One blank line between blocks.
    private void Gap()
    {
        if (_text.Length > 0 && !(_text.Length >= 2 && _text[^1] == '\n' && _text[^2] == '\n')) _text.Append('\n');
    }
}
