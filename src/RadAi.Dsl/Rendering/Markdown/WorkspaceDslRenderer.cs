using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Rendering;

/// <summary>The workspace itself as Structurizr DSL, with its docs and ADR files.</summary>
internal sealed class WorkspaceDslRenderer : DocumentRenderer
{
    private const string DslTitle = "Structurizr DSL";

    public override DocumentGroup Group => DocumentGroup.Workspace;

    public override IEnumerable<GeneratedDocument> Render(DocumentContext context)
    {
        var dsl = StructurizrDslExporter.Export(context.Workspace);
        foreach (var (path, content) in dsl.Files)
            yield return path == DslExport.WorkspaceFileName ? new GeneratedDocument(path, DslTitle, content) : Supporting(path, content);
    }

    // workspace.dsl streams into its file; its docs and ADR files are small and come back as text.
    public override IEnumerable<(GeneratedDocument Listing, string FullPath)> Write(DocumentContext context, string directory)
    {
        var dsl = new GeneratedDocument(DslExport.WorkspaceFileName, DslTitle, string.Empty);
        SortedDictionary<string, string>? others = null;
        var dslPath = DocumentSet.WriteStreamed(directory, dsl, output => others = StructurizrDslExporter.ExportTo(context.Workspace, output));
        // In the order Render gives them: ordinal path order, workspace.dsl among them.
        var files = others!.Select(f => Supporting(f.Key, f.Value)).Append(dsl).OrderBy(d => d.Path, StringComparer.Ordinal);
        foreach (var document in files)
            yield return ReferenceEquals(document, dsl) ? (dsl, dslPath) : (document with { Content = string.Empty }, DocumentSet.Write(directory, document));
    }

    private static GeneratedDocument Supporting(string path, string content) => new(path, path, content) { Listed = false };
}
