namespace RadAi.Dsl.Rendering;

/// <summary>One view exported as diagram source text (Mermaid or C4-PlantUML).</summary>
/// <param name="Key">The key of the view the diagram was made from; unique within a workspace, usable as a file name.</param>
/// <param name="Title">The view's title, or its generated name when it has none.</param>
/// <param name="Definition">The diagram source, with "\n" line endings.</param>
public sealed record ExportedDiagram(string Key, string Title, string Definition);
