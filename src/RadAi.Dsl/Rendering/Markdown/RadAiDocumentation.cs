using RadAi.Dsl.Ai;
using RadAi.Dsl.C4;

namespace RadAi.Dsl.Rendering.Markdown;

/// <summary>
/// The whole documentation set of a workspace: standard arc42/C4 documents (AI layer ignored), the RAD-AI
/// extension documents, computed analyses and an index README.md linking everything. Reads the model; never changes it.
/// </summary>
/// <example>
/// <code>
/// new RadAiDocumentation(workspace).WriteTo("out/netflix");
/// </code>
/// </example>
public sealed class RadAiDocumentation
{
    private readonly Workspace _workspace;

    /// <summary>Prepares the documentation of a workspace (with or without RAD-AI content).</summary>
    public RadAiDocumentation(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        _workspace = workspace;
    }

    /// <summary>Renders every document; same model, same bytes.</summary>
    public DocumentSet Render()
    {
        var context = new DocumentContext(_workspace, RadAiModel.Of(_workspace));
        var documents = DocumentCatalog.All.SelectMany(r => r.Render(context).Select(d => (r.Group, Document: d))).ToList();
        var index = DocumentIndex.Render(_workspace, documents);
        return new DocumentSet([index, .. documents.Select(d => d.Document)]);
    }

    /// <summary>Renders and writes every document under <paramref name="directory"/>; returns the paths written.</summary>
    public IReadOnlyList<string> WriteTo(string directory) => Render().WriteTo(directory);
}
