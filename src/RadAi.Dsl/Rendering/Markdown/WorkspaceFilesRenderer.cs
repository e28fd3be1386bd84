using System.Text;
using RadAi.Dsl.Json;
using RadAi.Dsl.Rendering.Structurizr;

namespace RadAi.Dsl.Rendering.Markdown;

/// <summary>The workspace itself: Structurizr JSON (compact, as the API takes it) and the Structurizr DSL with its docs and ADR files.</summary>
internal sealed class WorkspaceFilesRenderer : DocumentRenderer
{
    public override DocumentGroup Group => DocumentGroup.Workspace;

    private const string JsonPath = "workspace.json";
    private const string JsonTitle = "Structurizr workspace (JSON)";
    private const string DslTitle = "Structurizr DSL";

    public override IEnumerable<GeneratedDocument> Render(DocumentContext context)
    {
        yield return new GeneratedDocument(JsonPath, JsonTitle, Encoding.UTF8.GetString(WorkspaceJson.SerializeToUtf8Bytes(context.Workspace)));
        foreach (var document in Dsl(context)) yield return document;
    }

    // The JSON goes from the writer to the file as UTF-8, never as a string: at scale it is the largest file of the set.
    public override IEnumerable<(GeneratedDocument Listing, string FullPath)> Write(DocumentContext context, string directory)
    {
        var json = new GeneratedDocument(JsonPath, JsonTitle, string.Empty);
        yield return (json, DocumentSet.WriteStreamed(directory, json, (Stream file) => WorkspaceJson.Serialize(context.Workspace, file)));
        // So is the DSL; its docs and ADR files are small and come back as text.
        var dsl = new GeneratedDocument(DslExport.WorkspaceFileName, DslTitle, string.Empty);
        SortedDictionary<string, string>? others = null;
        var dslPath = DocumentSet.WriteStreamed(directory, dsl, output => others = StructurizrDslExporter.ExportTo(context.Workspace, output));
        // In the order Render gives them: ordinal path order, workspace.dsl among them.
        var files = others!.Select(f => Supporting(f.Key, f.Value)).Append(dsl).OrderBy(d => d.Path, StringComparer.Ordinal);
        foreach (var document in files)
            yield return ReferenceEquals(document, dsl) ? (dsl, dslPath) : (document with { Content = string.Empty }, DocumentSet.Write(directory, document));
    }

    private static IEnumerable<GeneratedDocument> Dsl(DocumentContext context)
    {
        var dsl = StructurizrDslExporter.Export(context.Workspace);
        foreach (var (path, content) in dsl.Files)
            yield return path == DslExport.WorkspaceFileName ? new GeneratedDocument(path, DslTitle, content) : Supporting(path, content);
    }

    private static GeneratedDocument Supporting(string path, string content) => new(path, path, content) { Listed = false };
}
