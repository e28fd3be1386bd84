using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>The workspace itself as Structurizr JSON (compact, as the API takes it).</summary>
internal sealed class WorkspaceJsonRenderer : DocumentRenderer
{
    private const string JsonPath = "workspace.json";
    private const string JsonTitle = "Structurizr workspace (JSON)";

    public override DocumentGroup Group => DocumentGroup.Workspace;

    public override IEnumerable<GeneratedDocument> Render(DocumentContext context)
    {
        yield return new GeneratedDocument(JsonPath, JsonTitle, WorkspaceJson.Serialize(context.Workspace));
    }

    // The JSON goes from the writer to the file as UTF-8, never as a string: at scale it is the largest file of the set.
    public override IEnumerable<(GeneratedDocument Listing, string FullPath)> Write(DocumentContext context, string directory)
    {
        var json = new GeneratedDocument(JsonPath, JsonTitle, string.Empty);
        yield return (json, DocumentSet.WriteStreamed(directory, json, (Stream file) => WorkspaceJson.Serialize(context.Workspace, file)));
    }
}
