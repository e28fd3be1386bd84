namespace RadAi.Dsl.Ai.Lineage;

/// <summary>
/// C4-E2 data lineage overlay: data source inventory, lineage paths, freshness requirements and comparison,
/// privacy flow, schema registry. Stored as JSON in the workspace property <c>radai:c4e2.lineage</c>.
/// </summary>
public sealed class LineageOverlay : RadAiRegister
{
    private readonly List<DataSource> _sources = [];
    private readonly List<LineagePath> _paths = [];
    private readonly List<FreshnessRequirement> _freshness = [];
    private readonly List<FreshnessComparison> _comparisons = [];
    private readonly List<PrivacyFlow> _privacy = [];
    private readonly List<SchemaEntry> _schemas = [];

    private readonly TableIndex<DataSource, string> _sourceIds;
    private readonly TableIndex<SchemaEntry, string> _schemaIds;

    internal LineageOverlay(RadAiModel root) : base(root)
    {
        _sourceIds = new(_sources, s => s.Id, StringComparer.Ordinal);
        _schemaIds = new(_schemas, s => s.Id, StringComparer.Ordinal);
    }

    internal override string Key => RadAiConvention.LineageKey;

    /// <summary>The data source inventory, in order.</summary>
    public IReadOnlyList<DataSource> Sources => _sources;

    /// <summary>The lineage paths, in order.</summary>
    public IReadOnlyList<LineagePath> Paths => _paths;

    /// <summary>Freshness requirements per consumer.</summary>
    public IReadOnlyList<FreshnessRequirement> FreshnessRequirements => _freshness;

    /// <summary>Streaming versus batch freshness per feature type.</summary>
    public IReadOnlyList<FreshnessComparison> FreshnessComparisons => _comparisons;

    /// <summary>Privacy flow rows.</summary>
    public IReadOnlyList<PrivacyFlow> PrivacyFlows => _privacy;

    /// <summary>The schema registry.</summary>
    public IReadOnlyList<SchemaEntry> Schemas => _schemas;

    /// <summary>The source with an id, or null.</summary>
    public DataSource? Source(string id) => id is null ? null : _sourceIds.Find(id);

    /// <summary>Adds a data source.</summary>
    /// <exception cref="ArgumentException">Duplicate id, a derived-from id not in the inventory, or an element of another workspace.</exception>
    public DataSource AddSource(DataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        RequireUnique(_sourceIds, source.Id, "data source");
        foreach (var id in source.DerivedFrom)
            if (Source(id) is null) throw new ArgumentException($"Data source {source.Id} is derived from '{id}', which is not in the inventory; add it first.");
        return AddTo(_sources, source, $"Data source {source.Id}");
    }

    /// <summary>Adds a lineage path; its source must be in the inventory.</summary>
    /// <exception cref="ArgumentException">Unknown source id or an element of another workspace.</exception>
    public LineagePath AddPath(LineagePath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Source(path.SourceId) is null) throw new ArgumentException($"Lineage path '{path.Name}' starts at '{path.SourceId}', which is not in the data source inventory; add the source first.");
        return AddTo(_paths, path, $"Lineage path '{path.Name}'");
    }

    /// <summary>Adds a freshness requirement.</summary>
    public FreshnessRequirement AddFreshnessRequirement(FreshnessRequirement requirement)
        => AddTo(_freshness, requirement, $"Freshness requirement of {requirement?.Consumer}");

    /// <summary>Adds a streaming-versus-batch freshness comparison row.</summary>
    public FreshnessComparison AddFreshnessComparison(FreshnessComparison comparison)
        => AddTo(_comparisons, comparison, $"Freshness comparison '{comparison?.FeatureType}'");

    /// <summary>Adds a privacy flow row.</summary>
    public PrivacyFlow AddPrivacyFlow(PrivacyFlow flow) => AddTo(_privacy, flow, $"Privacy flow of '{flow?.DataElement}'");

    /// <summary>Adds a schema registry entry.</summary>
    /// <exception cref="ArgumentException">Duplicate schema id.</exception>
    public SchemaEntry AddSchema(SchemaEntry schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        RequireUnique(_schemaIds, schema.Id, "schema");
        return AddTo(_schemas, schema, $"Schema {schema.Id}");
    }

    private protected override IEnumerable<RegisterTable> DeclareTables() =>
    [
        RegisterTable.Rows<DataSource>("sources", _sources, x => AddSource(x)),
        RegisterTable.Rows<LineagePath>("paths", _paths, x => AddPath(x)),
        RegisterTable.Rows<FreshnessRequirement>("freshnessRequirements", _freshness, x => AddFreshnessRequirement(x)),
        RegisterTable.Rows<FreshnessComparison>("freshnessComparisons", _comparisons, x => AddFreshnessComparison(x)),
        RegisterTable.Rows<PrivacyFlow>("privacyFlows", _privacy, x => AddPrivacyFlow(x)),
        RegisterTable.Rows<SchemaEntry>("schemas", _schemas, x => AddSchema(x)),
    ];
}
