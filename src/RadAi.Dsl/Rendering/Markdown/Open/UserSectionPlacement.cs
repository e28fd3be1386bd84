namespace RadAi.Dsl.Rendering;

/// <summary>
/// Places a document's user sections (<see cref="UserSection"/>) while it is written: a section goes after the first
/// section whose heading has its <see cref="UserSection.After"/> title (and after that section's subsections), at that
/// heading's level; the others go at the end. The writer tells it of every heading before writing it.
/// </summary>
internal sealed class UserSectionPlacement
{
    private readonly DocumentId _document;
    private readonly string _title;
    private readonly string _path;
    private readonly List<UserSection> _pending;
    private readonly Stack<(int Level, string Title)> _open = new();
    private readonly List<string> _headings = [];
    private bool _writing;

    private UserSectionPlacement(DocumentId document, string title, string path, IReadOnlyList<UserSection> sections)
    {
        _document = document;
        _title = title;
        _path = path;
        _pending = [.. sections];
    }

    /// <summary>The placement of a document's user sections, or null when it has none.</summary>
    public static UserSectionPlacement? For(DocumentContext context, string path, string title)
        => For(context.Ai, path, title);

    /// <summary>The placement of a document's user sections, or null when it has none (or the path names no <see cref="DocumentId"/>).</summary>
    public static UserSectionPlacement? For(RadAiModel ai, string path, string title)
    {
        if (ai.Sections.Count == 0 || DocumentPaths.IdOf(path) is not { } id) return null;
        var sections = ai.Sections.Of(id);
        return sections.Count == 0 ? null : new UserSectionPlacement(id, title, path, sections);
    }

    /// <summary>Called before a heading is written: the sections placed after the sections it closes are written first.</summary>
    public void BeforeHeading(MarkdownWriter markdown, int level, string text)
    {
        if (_writing) return;
        Close(markdown, level);
        var title = text.Trim();
        _headings.Add(title);
        _open.Push((level, title));
    }

    /// <summary>Called when the document's own content is written: closes every section, then writes the sections placed at the end.</summary>
    /// <exception cref="InvalidOperationException">A section is placed after a section the document does not have.</exception>
    public void Finish(MarkdownWriter markdown)
    {
        Close(markdown, int.MinValue);
        if (_pending.Find(s => s.After is not null) is { } lost)
            throw new InvalidOperationException(
                $"The user section '{lost.Title}' of document {_document} ('{_title}', {_path}) is placed after the section '{lost.After}', "
                + $"which that document does not have. Its sections are: {string.Join(", ", _headings.Skip(1).Select(h => "'" + h + "'"))}.");
        Write(markdown, 2, _pending);
        _pending.Clear();
    }

    private void Close(MarkdownWriter markdown, int level)
    {
        while (_open.Count > 0 && _open.Peek().Level >= level)
        {
            var (closed, title) = _open.Pop();
            var after = _pending.FindAll(s => string.Equals(s.After?.Trim(), title, StringComparison.OrdinalIgnoreCase));
            if (after.Count == 0) continue;
            _pending.RemoveAll(after.Contains);
            Write(markdown, Math.Max(closed, 2), after);
        }
    }

    private void Write(MarkdownWriter markdown, int level, List<UserSection> sections)
    {
        _writing = true;
        try
        {
            foreach (var section in sections)
            {
                markdown.Heading(level, section.Title);
                if (!string.IsNullOrWhiteSpace(section.Prose)) markdown.Paragraph(section.Prose);
                if (section.Table is { } table)
                    markdown.Table(table.Header, table.Rows.Select(r => (IReadOnlyList<Markup>)[.. r.Select(c => (Markup)c)]), "The table has no rows.");
                if (!string.IsNullOrWhiteSpace(section.Mermaid)) markdown.Mermaid(section.Mermaid);
            }
        }
        finally
        {
            _writing = false;
        }
    }
}
