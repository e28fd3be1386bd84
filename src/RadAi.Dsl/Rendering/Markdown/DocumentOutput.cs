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
    public GeneratedDocument Markdown(string path, string title, Action<MarkdownWriter> write, UserSectionPlacement? sections = null)
    {
        Write(path, text =>
        {
            var markdown = new MarkdownWriter(text) { Sections = sections };
            write(markdown.Heading(1, title));
            markdown.Sections?.Finish(markdown);
        });
        return new GeneratedDocument(path, title, string.Empty);
    }
}
