using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>The workspace itself as Structurizr JSON (compact, as the API takes it).</summary>
internal sealed class WorkspaceJsonRenderer : DocumentRenderer
{
    public const string JsonPath = "workspace.json";
    private const string JsonTitle = "Structurizr workspace (JSON)";

    public override DocumentGroup Group => DocumentGroup.Workspace;

    // The JSON goes from the writer to the output as UTF-8, never as a string: at scale it is the largest file of the set.
    public override IReadOnlyList<GeneratedDocument> Write(DocumentContext context, DocumentOutput output)
    {
        output.WriteUtf8(JsonPath, file => WorkspaceJson.Serialize(context.Workspace, file, context.WorkspaceProperties));
        return [new GeneratedDocument(JsonPath, JsonTitle, string.Empty)];
    }
}
