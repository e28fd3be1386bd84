namespace RadAi.Dsl.Rendering;

/// <summary>
/// A Mermaid diagram that writes its source straight into a document (no string of the whole diagram in between):
/// "\n" line endings, no blank line, ending with exactly one "\n".
/// </summary>
internal interface IMermaidDiagram
{
    /// <summary>Writes the diagram's source.</summary>
    void WriteTo(TextWriter output);
}
