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

    /// <summary>
    /// Renders and writes every document under <paramref name="directory"/>; returns the paths written, index first.
    /// Each document is written as soon as it is rendered and then let go, so a large model's documentation set is never
    /// held in memory as a whole. The files are the same bytes <see cref="Render"/> gives.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public IReadOnlyList<string> WriteTo(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var context = new DocumentContext(_workspace, RadAiModel.Of(_workspace));
        var paths = new HashSet<string>(StringComparer.Ordinal) { DocumentIndex.Path };
        var listed = new List<(DocumentGroup Group, GeneratedDocument Document)>();
        var written = new List<string>();
        foreach (var renderer in DocumentCatalog.All)
            foreach (var (listing, path) in renderer.Write(context, directory))
            {
                DocumentSet.RequireUnique(paths, listing);
                written.Add(path);
                listed.Add((renderer.Group, listing));
            }
        written.Insert(0, DocumentSet.Write(directory, DocumentIndex.Render(_workspace, listed)));
        return written;
    }
}
