using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using RadAi.Dsl.Ai.Boundary;
using RadAi.Dsl.Ai.BoundaryDelineation;
using RadAi.Dsl.Ai.Compliance;
using RadAi.Dsl.Ai.Debt;
using RadAi.Dsl.Ai.Decisions;
using RadAi.Dsl.Ai.Lineage;
using RadAi.Dsl.Ai.Operations;
using RadAi.Dsl.Ai.Quality;
using RadAi.Dsl.Ai.ResponsibleAi;
using RadAi.Dsl.Ai.Pipelines;
using RadAi.Dsl.Ai.Registry;
using RadAi.Dsl.Ai.Stereotypes;
using RadAi.Dsl.C4;

namespace RadAi.Dsl.Ai;

/// <summary>
/// The RAD-AI extension model of one workspace: the eleven extensions as typed registers, all stored in the
/// workspace itself (tags, <c>radai:</c> properties, perspectives, decisions, filtered views) so any Structurizr tool
/// shows them and <see cref="Load"/> rebuilds them. Get it with <c>workspace.RadAi()</c>.
/// </summary>
public sealed class RadAiModel
{
    private static readonly ConditionalWeakTable<Workspace, RadAiModel> Roots = new();
    private readonly List<RadAiRegister> _registers = [];
    private readonly ArrayBufferWriter<byte> _probeBuffer = new(1024);
    private Utf8JsonWriter? _probeWriter;
    private RecordJsonWriter? _records;
    private bool _loading;

    private RadAiModel(Workspace workspace)
    {
        Workspace = workspace;
        Json = RadAiJson.CreateOptions(workspace);
        Stereotypes = Add(new StereotypeCatalog(this));
        Lineage = Add(new LineageOverlay(this));
        Boundary = Add(new NonDeterminismBoundary(this));
        BoundaryDelineation = Add(new AiBoundaryDelineation(this));
        Registry = Add(new ModelRegistry(this));
        Pipelines = Add(new PipelineView(this));
        ResponsibleAi = Add(new ResponsibleAiConcepts(this));
        Decisions = new AiDecisionLog(this);
        QualityScenarios = Add(new QualityScenarios(this));
        Debt = Add(new DebtRegister(this));
        Operations = Add(new OperationalAiView(this));
        Compliance = Add(new AiActCompliance(this));
    }

    /// <summary>The workspace everything is stored in.</summary>
    public Workspace Workspace { get; }

    /// <summary>C4-E1: the stereotypes (five built in, plus your own) and the elements carrying them.</summary>
    public StereotypeCatalog Stereotypes { get; }

    /// <summary>C4-E2: data sources, lineage paths, freshness requirements, privacy flow, schema registry.</summary>
    public LineageOverlay Lineage { get; }

    /// <summary>C4-E3: regions, confidence gates, boundary interfaces, bands, degradation, propagation, tests, fallbacks.</summary>
    public NonDeterminismBoundary Boundary { get; }

    /// <summary>E1: AI component inventory, contracts, failure modes, external AI services.</summary>
    public AiBoundaryDelineation BoundaryDelineation { get; }

    /// <summary>E2: the model registry view.</summary>
    public ModelRegistry Registry { get; }

    /// <summary>E3: the data pipeline view.</summary>
    public PipelineView Pipelines { get; }

    /// <summary>E4: responsible AI concepts (concern matrix and sections).</summary>
    public ResponsibleAiConcepts ResponsibleAi { get; }

    /// <summary>E5: AI architecture decision records, stored as Structurizr decisions.</summary>
    public AiDecisionLog Decisions { get; }

    /// <summary>E6: AI quality scenarios.</summary>
    public QualityScenarios QualityScenarios { get; }

    /// <summary>E7: the AI debt register.</summary>
    public DebtRegister Debt { get; }

    /// <summary>E8: the operational AI view.</summary>
    public OperationalAiView Operations { get; }

    /// <summary>EU AI Act: what the system is for, its risk class and the facts no extension holds (Annex IV).</summary>
    public AiActCompliance Compliance { get; }

    internal JsonSerializerOptions Json { get; }

    /// <summary>Writes register records as the serializer would with <see cref="Json"/>, without a serializer call per record.</summary>
    internal RecordJsonWriter Records => _records ??= new RecordJsonWriter(Json);

    /// <summary>The convention version the workspace was written with ("1" for this library).</summary>
    public string ConventionVersion => Workspace.Properties.GetValueOrDefault(RadAiConvention.VersionKey) ?? RadAiConvention.CurrentVersion;

    /// <summary>The RAD-AI model of a workspace: loaded from it the first time, then the same object.</summary>
    public static RadAiModel Of(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Roots.GetValue(workspace, Read);
    }

    /// <summary>
    /// Rebuilds the typed RAD-AI model from a workspace that follows the convention (written by this library, by hand
    /// or by the Structurizr DSL). The result becomes the workspace's model for <c>workspace.RadAi()</c>.
    /// </summary>
    /// <exception cref="RadAiConventionException">A stored value is wrong; the message names the element or property and the JSON path.</exception>
    public static RadAiModel Load(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var model = Read(workspace);
        Roots.AddOrUpdate(workspace, model);
        return model;
    }

    private static RadAiModel Read(Workspace workspace)
    {
        var version = workspace.Properties.GetValueOrDefault(RadAiConvention.VersionKey);
        if (version is not null && version != RadAiConvention.CurrentVersion)
            throw new RadAiConventionException(
                $"Workspace '{workspace.Name}' uses RAD-AI convention version {version}; this library reads version {RadAiConvention.CurrentVersion}.",
                $"workspace property '{RadAiConvention.VersionKey}'");
        var model = new RadAiModel(workspace);
        model._loading = true;
        try
        {
            foreach (var register in model._registers)
                if (ConventionSource.Open(workspace, register.Key, model.Json) is { } reader)
                    register.ReadTables(reader);
            model.ReadLive();
        }
        finally
        {
            model._loading = false;
        }
        return model;
    }

    private void ReadLive()
    {
        Decisions.Read();
        _ = ResponsibleAi.Matrix; // perspectives are read live; reading once here reports a malformed one at load
    }

    private T Add<T>(T register) where T : RadAiRegister
    {
        _registers.Add(register);
        return register;
    }

    internal bool IsLoading => _loading;

    /// <summary>Marks the workspace as following the convention (writes the version property).</summary>
    internal void MarkUsed()
    {
        if (!_loading) Workspace.Properties.Set(RadAiConvention.VersionKey, RadAiConvention.CurrentVersion);
    }

    /// <summary>
    /// Keeps the register's workspace property up to date. The JSON is written lazily, when the workspace's properties
    /// are next read (serializers, renderers, exporters, the client, <see cref="Load"/>): rewriting the whole register
    /// on every add made building a large register quadratic.
    /// </summary>
    internal void Persist(RadAiRegister register)
    {
        if (_loading) return;
        if (register.IsEmpty)
        {
            Workspace.Properties.Remove(register.Key);
            return;
        }
        MarkUsed();
        Workspace.Properties.SetDeferred(register.Key, register.Serialized);
    }

    /// <summary>
    /// Writes every register whose stored JSON is out of date now, on up to <paramref name="threads"/> threads (at scale
    /// the registry and the pipelines are millions of characters each), and stores them as the first read of the
    /// workspace's properties would. Called before the workspace is read from several threads at once (inspection
    /// rules, documents), so that one reader does not write them all while the others wait for it.
    /// </summary>
    internal void StoreRegisters(int threads)
        => Workspace.Properties.ResolveDeferred(computations => ParallelMap.Invoke(computations, threads));

    internal string Serialize(RadAiRegister register)
    {
        using var buffer = new PooledSegmentWriter();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder, SkipValidation = false }))
        {
            writer.WriteStartObject();
            register.WriteTables(writer, Records);
            writer.WriteEndObject();
        }
        return buffer.ToUtf16String();
    }

    /// <summary>
    /// Makes what would fail when the register is written (a reference to an element of another workspace, a number
    /// JSON cannot hold) fail now, at the call that adds the record. A walk over the record's references and numbers
    /// answers the common case without writing anything (writing every record made building a large model slow);
    /// when it finds a problem, the record is written the way its register will be stored, into a scratch buffer, so
    /// the error is the serializer's own, naming the element.
    /// </summary>
    /// <exception cref="ArgumentException">The record refers to an element of another workspace.</exception>
    internal void RequireStorable<T>(T item)
    {
        if (Records.IsCertainlyStorable(item, Workspace)) return;
        _probeBuffer.ResetWrittenCount();
        _probeWriter ??= new Utf8JsonWriter(_probeBuffer, new JsonWriterOptions { Encoder = Json.Encoder, SkipValidation = true });
        _probeWriter.Reset(_probeBuffer);
        JsonSerializer.Serialize(_probeWriter, item, Json);
        _probeWriter.Flush();
    }

    /// <summary>Throws when an element belongs to another workspace than this model's.</summary>
    /// <exception cref="ArgumentException">The element is of another workspace.</exception>
    public void RequireOwn(Element element) => RequireSameWorkspace(Workspace, element);

    internal static void RequireSameWorkspace(Workspace workspace, Element element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (!ReferenceEquals(element.Model.Workspace, workspace))
            throw new ArgumentException(
                $"Element '{element.CanonicalName}' belongs to workspace '{element.Model.Workspace.Name}', not to '{workspace.Name}'; RAD-AI records may only refer to elements of their own workspace.",
                nameof(element));
    }

    /// <summary>A one-line summary of what the model holds.</summary>
    public override string ToString() => $"RAD-AI model of '{Workspace.Name}'";
}
