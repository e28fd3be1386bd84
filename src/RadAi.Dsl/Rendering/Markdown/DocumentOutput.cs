namespace RadAi.Dsl.Rendering;

/// <summary>
/// Where the files of a documentation set go as they are produced: a folder (<see cref="FolderOutput"/>) or memory
/// (<see cref="MemoryOutput"/>). Renderers write to it the same way whichever it is, so a rendered document and a
/// written one are the same bytes. Renderers on several threads write to one output at once, each to its own paths.
/// </summary>
internal abstract class DocumentOutput
{
    /// <summary>Writes one file's text, as <paramref name="write"/> produces it, "\n" line endings; stored as UTF-8 without BOM.</summary>
    public abstract void Write(string path, Action<TextWriter> write);

    /// <summary>Writes one file's UTF-8 bytes (no BOM) as <paramref name="write"/> produces them.</summary>
    public abstract void WriteUtf8(string path, Action<Stream> write);

    /// <summary>
    /// Writes a markdown document: its title as the level-1 heading, then what <paramref name="write"/> adds, with the
    /// user's own sections (<paramref name="sections"/>) placed among its headings or at the end; returns its listing.
    /// </summary>
    /// <param name="path">The document's path in the set.</param>
    /// <param name="title">Its title, the level-1 heading.</param>
    /// <param name="write">Writes what follows the title.</param>
    /// <param name="sections">The user's sections for this document, or null.</param>
    /// <param name="frontMatter">
    /// YAML front matter written before the title (<c>key: value</c> lines between <c>---</c>), for tools that read it;
    /// the values are plain words and dates, written as they are.
    /// </param>
    public GeneratedDocument Markdown(string path, string title, Action<MarkdownWriter> write, UserSectionPlacement? sections = null,
        IReadOnlyList<(string Key, string Value)>? frontMatter = null)
    {
        Write(path, text =>
        {
            if (frontMatter is { Count: > 0 })
            {
                text.Write("---\n");
                foreach (var (key, value) in frontMatter) text.Write(key + ": " + value + "\n");
                text.Write("---\n");
            }
            var markdown = new MarkdownWriter(text) { Sections = sections };
            write(markdown.Heading(1, title));
            markdown.Sections?.Finish(markdown);
        });
        return new GeneratedDocument(path, title, string.Empty);
    }
}
