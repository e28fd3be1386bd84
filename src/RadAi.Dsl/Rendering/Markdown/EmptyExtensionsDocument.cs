using RadAi.Dsl.Analysis;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// rad-ai/README.md, written instead of the extension documents when the model records no RAD-AI fact at all: it
/// says, once, which extensions are empty and where their facts would go.
/// </summary>
internal sealed class EmptyExtensionsDocument : MarkdownDocumentRenderer
{
    public const string DocumentPath = "rad-ai/README.md";

    public override DocumentGroup Group => DocumentGroup.RadAiArc42;

    public override string Path => DocumentPath;

    public override string Title => "RAD-AI extensions: nothing recorded";

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        markdown.Paragraph("The model records no RAD-AI fact: no stereotyped AI component, no register entry, no AI decision. "
                           + "The standard documents describe the system; each RAD-AI extension below gets its own document once the model records something for it.");
        markdown.BeginTable(["Extension", "Name", "Recorded", "Document it would have"], "No extensions.");
        foreach (var extension in RadAiExtensions.All)
            markdown.Row(extension.Id(), extension.Name(), "nothing", Markup.Code(extension.DocumentPath()));
        markdown.EndTable();
    }
}
