using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>What every document renderer reads: the workspace, its RAD-AI model and the paths of the other documents.</summary>
internal sealed class DocumentContext
{
    private RelationshipsByTopLevel? _relationshipsByTopLevel;
    private Dictionary<Element, int>? _positions;
    private readonly StereotypeAnnotations _annotations = new();

    public DocumentContext(Workspace workspace, RadAiModel ai, IReadOnlyList<WrittenProperty> workspaceProperties)
    {
        Workspace = workspace;
        Ai = ai;
        WorkspaceProperties = workspaceProperties;
    }

    /// <summary>The C4 workspace.</summary>
    public Workspace Workspace { get; }

    /// <summary>The RAD-AI model stored in the workspace.</summary>
    public RadAiModel Ai { get; }

    /// <summary>The workspace properties as written, taken once per documentation set: the JSON and the DSL share them.</summary>
    public IReadOnlyList<WrittenProperty> WorkspaceProperties { get; }

    /// <summary>The concerns of the gap analysis (checked).</summary>
    public IReadOnlyList<Analysis.GapConcern> Concerns { get; init; } = Analysis.RadAiConcerns.All;

    /// <summary>The analyses several documents show, shared by every rendering thread of one documentation set.</summary>
    public required DocumentAnalyses Analyses { get; init; }

    /// <summary>The model's relationships by the top-level element of either end (built on first use; the model does not change while rendering).</summary>
    public RelationshipsByTopLevel RelationshipsByTopLevel => _relationshipsByTopLevel ??= new RelationshipsByTopLevel(Workspace.Model);

    /// <summary>An element's position in <see cref="Model.Elements"/> (model order), for sorting; elements of another model sort last.</summary>
    public int PositionOf(Element element)
    {
        if (_positions is null)
        {
            var elements = Workspace.Model.Elements;
            _positions = new Dictionary<Element, int>(elements.Count);
            for (var i = 0; i < elements.Count; i++) _positions[elements[i]] = i;
        }
        return _positions.GetValueOrDefault(element, int.MaxValue);
    }

    /// <summary>
    /// The short annotation of a stereotyped element (see <see cref="StereotypeAnnotations"/>), made once per rendering:
    /// several diagrams and tables show it, and making it parses the element's facts.
    /// </summary>
    public string? AnnotationOf(StereotypedElement element) => _annotations.Of(element);

    /// <summary>The relative link from one generated document to another.</summary>
    public static string Link(string fromPath, string toPath) => RelativePath.Between(fromPath, toPath);
}
