namespace RadAi.Dsl.Rendering;

/// <summary>
/// The workspace itself as Structurizr DSL, with its docs and ADR files. The AI-ADRs are not written again: the DSL
/// imports E5's record files (<see cref="AiDecisionRecordsRenderer.ImportedByDsl"/>).
/// </summary>
internal sealed class WorkspaceDslRenderer : DocumentRenderer
{
    private const string DslTitle = "Structurizr DSL";

    public override DocumentGroup Group => DocumentGroup.Workspace;

    // workspace.dsl streams into the output; its docs and ADR files are small and come back as text. Listed in ordinal
    // path order, workspace.dsl among them.
    public override IReadOnlyList<GeneratedDocument> Write(DocumentContext context, DocumentOutput output)
    {
        SortedDictionary<string, string>? others = null;
        output.Write(DslExport.WorkspaceFileName, text => others = StructurizrDslExporter.ExportTo(context.Workspace, text, context.WorkspaceProperties,
            AiDecisionRecordsRenderer.ImportedByDsl(context)));
        foreach (var (path, content) in others!) output.Write(path, text => text.Write(content));
        return others.Keys.Select(path => new GeneratedDocument(path, path, string.Empty) { Listed = false })
            .Append(new GeneratedDocument(DslExport.WorkspaceFileName, DslTitle, string.Empty))
            .OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
    }
}
