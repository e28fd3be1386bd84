namespace RadAi.Dsl.Rendering;

/// <summary>Renders one kind of document (or a family, such as one file per AI-ADR). Renderers only read the model.</summary>
internal abstract class DocumentRenderer
{
    /// <summary>Where the documents sit in the index.</summary>
    public abstract DocumentGroup Group { get; }

    /// <summary>
    /// Writes the documents to <paramref name="output"/>, one at a time, and returns their listings (each document
    /// without its content: all the index needs) in a stable order.
    /// </summary>
    public abstract IReadOnlyList<GeneratedDocument> Write(DocumentContext context, DocumentOutput output);
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
    public override IReadOnlyList<GeneratedDocument> Write(DocumentContext context, DocumentOutput output)
        => [output.Markdown(Path, Title, markdown => Write(markdown, context), UserSectionPlacement.For(context, Path, Title))];
}
