using System.Text;
using RadAi.Dsl.Json;
using RadAi.Dsl.Rendering.Structurizr;

namespace RadAi.Dsl.Rendering.Markdown;

/// <summary>The workspace itself: Structurizr JSON (compact, as the API takes it) and the Structurizr DSL with its docs and ADR files.</summary>
internal sealed class WorkspaceFilesRenderer : DocumentRenderer
{
    public override DocumentGroup Group => DocumentGroup.Workspace;

    public override IEnumerable<GeneratedDocument> Render(DocumentContext context)
    {
        yield return new GeneratedDocument("workspace.json", "Structurizr workspace (JSON)",
            Encoding.UTF8.GetString(WorkspaceJson.SerializeToUtf8Bytes(context.Workspace)));
        var dsl = StructurizrDslExporter.Export(context.Workspace);
        foreach (var (path, content) in dsl.Files)
            yield return new GeneratedDocument(path, path == DslExport.WorkspaceFileName ? "Structurizr DSL" : path, content) { Listed = path == DslExport.WorkspaceFileName };
    }
}
