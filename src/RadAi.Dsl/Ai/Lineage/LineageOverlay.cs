namespace RadAi.Dsl;

/// <summary>
/// C4-E2 data lineage overlay: data source inventory, lineage paths, freshness requirements and comparison,
/// privacy flow, schema registry. Stored as JSON in the workspace property <c>radai:c4e2.lineage</c>.
/// </summary>
public sealed class LineageOverlay : RadAiRegister
{
    private readonly RegisterTable<DataSource> _sources;
    private readonly RegisterTable<DataSource>.Index<string> _sourceIds;
    private readonly RegisterTable<LineagePath> _paths;
    private readonly RegisterTable<FreshnessRequirement> _freshness;
    private readonly RegisterTable<FreshnessComparison> _comparisons;
    private readonly RegisterTable<PrivacyFlow> _privacy;
    private readonly RegisterTable<SchemaEntry> _schemas;
    private readonly RegisterTable<SchemaEntry>.Index<string> _schemaIds;

    internal LineageOverlay(RadAiModel root) : base(root)
    {
        _sources = Table<DataSource>("sources", x => AddSource(x));
        _sourceIds = _sources.IndexBy(s => s.Id, StringComparer.Ordinal);
        _paths = Table<LineagePath>("paths", x => AddPath(x));
        _freshness = Table<FreshnessRequirement>("freshnessRequirements", x => AddFreshnessRequirement(x));
        _comparisons = Table<FreshnessComparison>("freshnessComparisons", x => AddFreshnessComparison(x));
        _privacy = Table<PrivacyFlow>("privacyFlows", x => AddPrivacyFlow(x));
        _schemas = Table<SchemaEntry>("schemas", x => AddSchema(x));
        _schemaIds = _schemas.IndexBy(s => s.Id, StringComparer.Ordinal);
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
    public DataSource? FindSource(string id) => id is null ? null : _sourceIds.Find(id);

    /// <summary>Adds a data source.</summary>
    /// <exception cref="ModelException">Duplicate id, a derived-from id not in the inventory, or an element of another workspace.</exception>
    public DataSource AddSource(DataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        RequireUnique(_sourceIds, source.Id, "data source");
        foreach (var id in source.DerivedFrom)
            if (FindSource(id) is null) throw new ModelException($"Data source {source.Id} is derived from '{id}', which is not in the inventory; add it first.");
        return _sources.Add(source, $"Data source {source.Id}");
    }

    /// <summary>Adds a lineage path; its source must be in the inventory.</summary>
    /// <exception cref="ModelException">Unknown source id or an element of another workspace.</exception>
    public LineagePath AddPath(LineagePath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (FindSource(path.SourceId) is null) throw new ModelException($"Lineage path '{path.Name}' starts at '{path.SourceId}', which is not in the data source inventory; add the source first.");
        return _paths.Add(path, $"Lineage path '{path.Name}'");
    }

    /// <summary>Adds a freshness requirement.</summary>
    public FreshnessRequirement AddFreshnessRequirement(FreshnessRequirement requirement)
        => _freshness.Add(requirement, $"Freshness requirement of {requirement?.Consumer}");

    /// <summary>Adds a streaming-versus-batch freshness comparison row.</summary>
    public FreshnessComparison AddFreshnessComparison(FreshnessComparison comparison)
        => _comparisons.Add(comparison, $"Freshness comparison '{comparison?.FeatureType}'");

    /// <summary>Adds a privacy flow row.</summary>
    public PrivacyFlow AddPrivacyFlow(PrivacyFlow flow) => _privacy.Add(flow, $"Privacy flow of '{flow?.DataElement}'");

    /// <summary>Adds a schema registry entry.</summary>
    /// <exception cref="ModelException">Duplicate schema id.</exception>
    public SchemaEntry AddSchema(SchemaEntry schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        RequireUnique(_schemaIds, schema.Id, "schema");
        return _schemas.Add(schema, $"Schema {schema.Id}");
    }
}
