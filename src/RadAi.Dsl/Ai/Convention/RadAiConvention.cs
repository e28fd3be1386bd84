namespace RadAi.Dsl;

/// <summary>
/// The names the RAD-AI convention uses inside a Structurizr workspace (see docs/radai-structurizr-convention.md).
/// Renderers and inspections read these; users rarely need them.
/// </summary>
public static class RadAiConvention
{
    /// <summary>The version of the convention this library writes.</summary>
    public const string CurrentVersion = "2";

    /// <summary>The convention versions this library reads: version 1 (before extra facts, user sections, key metrics and criticality) and the current one.</summary>
    public static IReadOnlyList<string> ReadableVersions { get; } = ["1", CurrentVersion];

    /// <summary>Prefix of every RAD-AI property key.</summary>
    public const string Prefix = "radai:";

    /// <summary>Workspace property holding the convention version.</summary>
    public const string VersionKey = "radai:convention.version";

    /// <summary>Workspace property: custom stereotype definitions (JSON).</summary>
    public const string StereotypesKey = "radai:c4e1.stereotypes";

    /// <summary>Workspace property: data lineage overlay (JSON).</summary>
    public const string LineageKey = "radai:c4e2.lineage";

    /// <summary>Workspace property: non-determinism boundary (JSON).</summary>
    public const string BoundaryKey = "radai:c4e3.boundary";

    /// <summary>Workspace property: AI boundary delineation (JSON).</summary>
    public const string BoundaryDelineationKey = "radai:e1.boundary-delineation";

    /// <summary>Workspace property: model registry (JSON).</summary>
    public const string RegistryKey = "radai:e2.model-registry";

    /// <summary>Workspace property: data pipeline view (JSON).</summary>
    public const string PipelinesKey = "radai:e3.pipelines";

    /// <summary>Workspace property: responsible AI concepts other than the concern matrix (JSON).</summary>
    public const string ResponsibleAiKey = "radai:e4.responsible-ai";

    /// <summary>Workspace property: AI quality scenarios (JSON).</summary>
    public const string QualityKey = "radai:e6.quality";

    /// <summary>Workspace property: AI debt register (JSON).</summary>
    public const string DebtKey = "radai:e7.debt";

    /// <summary>Workspace property: operational AI view (JSON).</summary>
    public const string OperationsKey = "radai:e8.operations";

    /// <summary>Workspace property: the AI system profile for EU AI Act documentation (JSON).</summary>
    public const string ComplianceKey = "radai:compliance.eu-ai-act";

    /// <summary>Workspace property: the sections users add to generated documents (JSON).</summary>
    public const string SectionsKey = "radai:documents.sections";

    /// <summary>Tag on every element in the deterministic region (C4-E3).</summary>
    public const string DeterministicRegionTag = "RAD-AI Deterministic";

    /// <summary>Tag on every element in the non-deterministic region (C4-E3).</summary>
    public const string NonDeterministicRegionTag = "RAD-AI Non-Deterministic";

    /// <summary>Tag on every element in the boundary (confidence gate) layer (C4-E3).</summary>
    public const string BoundaryRegionTag = "RAD-AI Boundary";

    /// <summary>Tag on every element in the deterministic fallback region (C4-E3).</summary>
    public const string FallbackRegionTag = "RAD-AI Fallback";

    /// <summary>Prefix of the keys of the filtered views made per region.</summary>
    public const string RegionViewKeyPrefix = "radai-region-";

    /// <summary>Element property prefix for responsible-AI concern details (frequency, owner); the metric and threshold live in a perspective.</summary>
    public const string ConcernPrefix = "radai:e4.";

    /// <summary>Marker of a fenced JSON block in a decision or documentation section: <c>```json radai:…</c>.</summary>
    public const string FenceInfoPrefix = "json ";

    /// <summary>Key of the fenced block that carries an AI-ADR's structured fields inside a Structurizr decision.</summary>
    public const string DecisionBlockKey = "radai:e5.ai-adr";
}
