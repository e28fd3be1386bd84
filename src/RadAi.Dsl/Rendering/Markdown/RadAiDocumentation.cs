using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

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

    /// <summary>
    /// How many documents are rendered at once, each on its own thread (the calling thread is one of them). The default
    /// is <see cref="Environment.ProcessorCount"/>; 1 renders them one after another on the calling thread. The output
    /// is the same bytes whatever the number. The model must not be changed while the documentation is rendered.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    /// <example>
    /// <code>
    /// new RadAiDocumentation(workspace) { MaxDegreeOfParallelism = 1 }.WriteTo("out/netflix");
    /// </code>
    /// </example>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxDegreeOfParallelism = value;
        }
    }

    private readonly int _maxDegreeOfParallelism = Environment.ProcessorCount;

    /// <summary>
    /// The concerns of the gap analysis, in order: RAD-AI's ten-item matrix (<see cref="Analysis.RadAiConcerns.All"/>)
    /// unless you declare your own. Add to them, replace them or leave some out.
    /// </summary>
    /// <exception cref="ArgumentException">A concern is null, has no id or title, or two share an id.</exception>
    /// <example>
    /// <code>
    /// new RadAiDocumentation(workspace) { Concerns = [.. RadAiConcerns.All, new ClinicianReview()] }.WriteTo("out/triage");
    /// </code>
    /// </example>
    public IReadOnlyList<Analysis.GapConcern> Concerns
    {
        get => _concerns;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _concerns = Analysis.GapAnalysis.Validated(value);
        }
    }

    private readonly IReadOnlyList<Analysis.GapConcern> _concerns = Analysis.RadAiConcerns.All;

    /// <summary>Renders every document; same model, same bytes.</summary>
    public DocumentSet Render()
    {
        var memory = new MemoryOutput();
        return new DocumentSet(Write(memory).Select(memory.Document));
    }

    /// <summary>
    /// Renders and writes every document under <paramref name="directory"/>; returns the paths written, index first.
    /// Each document is written as soon as it is rendered and then let go, so a large model's documentation set is never
    /// held in memory as a whole. Documents are rendered in parallel (see <see cref="MaxDegreeOfParallelism"/>). The
    /// files are the same bytes <see cref="Render"/> gives. When a document fails, the documents being rendered at the
    /// time are finished, no other is started, and the failure is thrown; the files already written stay.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public IReadOnlyList<string> WriteTo(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var folder = new FolderOutput(directory);
        return Write(folder).Select(d => folder.FullPath(d.Path)).ToList();
    }

    // The one way documents are made, whatever the output: each renderer writes its documents, then the index, which
    // lists them, is written; returns the listings, index first.
    // Renderers only read the model, whose lazy parts are safe for concurrent readers; what a rendering keeps for itself
    // (DocumentContext: indexes, annotations) is one per thread. The RAD-AI model is attached here, before any thread,
    // and the workspace properties (the registers' JSON) are taken once for the JSON and the DSL.
    private List<GeneratedDocument> Write(DocumentOutput output)
    {
        var ai = RadAiModel.Of(_workspace);
        var renderers = DocumentCatalog.For(ai);
        var properties = _workspace.WrittenProperties().ToList();
        var written = ParallelMap.Run(renderers, MaxDegreeOfParallelism, () => new DocumentContext(_workspace, ai, properties) { Concerns = _concerns },
            (renderer, context) => renderer.Write(context, output));
        var paths = new HashSet<string>(StringComparer.Ordinal) { DocumentIndex.Path };
        var listed = new List<(DocumentGroup Group, GeneratedDocument Document)>();
        for (var i = 0; i < renderers.Count; i++)
            foreach (var listing in written[i])
            {
                DocumentSet.RequireUnique(paths, listing);
                listed.Add((renderers[i].Group, listing));
            }
        return [DocumentIndex.Write(_workspace, listed, output), .. listed.Select(d => d.Document)];
    }
}
