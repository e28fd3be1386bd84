namespace RadAi.Dsl.Rendering;

/// <summary>Renders one kind of document (or a family, such as one file per AI-ADR). Renderers only read the model.</summary>
internal abstract class DocumentRenderer
{
    /// <summary>Where the documents sit in the index.</summary>
    public abstract DocumentGroup Group { get; }

    /// <summary>The documents, in a stable order.</summary>
    public abstract IEnumerable<GeneratedDocument> Render(DocumentContext context);

    /// <summary>
    /// Writes the documents under <paramref name="directory"/>, one at a time, and yields each one's full path with its
    /// listing (the document without its content: all the index needs). Same bytes as <see cref="Render"/>; a renderer
    /// of large files may override it to stream them.
    /// </summary>
    public virtual IEnumerable<(GeneratedDocument Listing, string FullPath)> Write(DocumentContext context, string directory)
    {
        foreach (var document in Render(context))
            yield return (document with { Content = string.Empty }, DocumentSet.Write(directory, document));
    }
}

/// <summary>A renderer of exactly one markdown file.</summary>
internal abstract class MarkdownDocumentRenderer : DocumentRenderer
{
    /// <summary>The path inside the output folder, '/'-separated.</summary>
    public abstract string Path { get; }

    /// <summary>The document title (also its index entry).</summary>
    public abstract string Title { get; }

    /// <summary>Writes the body after the title heading.</summary>
    protected abstract void Write(MarkdownWriter markdown, DocumentContext context);

    /// <inheritdoc />
    public override IEnumerable<GeneratedDocument> Render(DocumentContext context)
    {
        var markdown = new MarkdownWriter();
        WriteDocument(markdown, context);
        yield return new GeneratedDocument(Path, Title, markdown.Finish());
    }

    // The title, the body, and the user sections placed among the body's headings or at the end.
    private void WriteDocument(MarkdownWriter markdown, DocumentContext context)
    {
        markdown.Sections = UserSectionPlacement.For(context, Path, Title);
        markdown.Heading(1, Title);
        Write(markdown, context);
        markdown.Sections?.Finish(markdown);
    }

    /// <inheritdoc />
    /// <remarks>The markdown goes straight into the file: a large document is never held in memory.</remarks>
    public override IEnumerable<(GeneratedDocument Listing, string FullPath)> Write(DocumentContext context, string directory)
    {
        var listing = new GeneratedDocument(Path, Title, string.Empty);
        var path = DocumentSet.WriteStreamed(directory, listing, output => WriteDocument(new MarkdownWriter(output), context));
        yield return (listing, path);
    }
}
