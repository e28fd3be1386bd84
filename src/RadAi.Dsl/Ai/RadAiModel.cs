using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// The RAD-AI extension model of one workspace: the eleven extensions as typed registers, all stored in the
/// workspace itself (tags, <c>radai:</c> properties, perspectives, decisions, filtered views) so any Structurizr tool
/// shows them and <see cref="Load"/> rebuilds them. Get it with <c>workspace.RadAi()</c>.
/// </summary>
/// <remarks>
/// The registers are held here only, as typed records: the workspace asks for their <c>radai:</c> properties when it is
/// written (<see cref="Workspace.GetEffectiveProperties"/>), so <see cref="Workspace.Properties"/> never holds a copy
/// and reading it never writes a register. A workspace whose RAD-AI model is never read keeps the stored properties
/// as they are.
/// </remarks>
public sealed class RadAiModel : IWorkspacePropertySource
{
    private static readonly ConditionalWeakTable<Workspace, RadAiModel> Roots = new();
    // Reading a model attaches it to its workspace (it takes over the register properties): once per workspace.
    private static readonly Lock Attaching = new();
    private readonly List<RadAiRegister> _registers = [];
    // The registers that hold something, in the order their properties are written: the order they first held
    // something in, or the order they were stored in when read; and their keys, in the same order.
    private readonly List<RadAiRegister> _written = [];
    private readonly List<string> _writtenKeys = [];
    private readonly StorabilityCheck _storability;
    private readonly ArrayBufferWriter<byte> _probeBuffer = new(1024);
    private Utf8JsonWriter? _probeWriter;
    private bool _loading;

    private RadAiModel(Workspace workspace)
    {
        Workspace = workspace;
        WriteOptions = RadAiJson.ForWriting(workspace);
        ReadOptions = RadAiJson.ForReading(WriteOptions);
        Defaults = new MemberDefaults(WriteOptions, RadAiJson.Templates);
        _storability = new StorabilityCheck(WriteOptions, workspace);
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
        Sections = Add(new UserSections(this));
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

    /// <summary>Sections of your own in the generated documents: title, prose, table, Mermaid diagram, placed where you say.</summary>
    public UserSections Sections { get; }

    /// <summary>The options the records of this workspace are written with.</summary>
    internal JsonSerializerOptions WriteOptions { get; }

    /// <summary>The options the records of this workspace are read with.</summary>
    internal JsonSerializerOptions ReadOptions { get; }

    /// <summary>What a stored record may leave out, supplied before it is read.</summary>
    internal MemberDefaults Defaults { get; }

    /// <summary>
    /// The convention version the workspace was written with (this library writes <see cref="RadAiConvention.CurrentVersion"/>): a plain workspace property, set
    /// when the workspace first uses the convention.
    /// </summary>
    public string ConventionVersion => Workspace.Properties.GetValueOrDefault(RadAiConvention.VersionKey) ?? RadAiConvention.CurrentVersion;

    /// <summary>The RAD-AI model of a workspace: loaded from it the first time, then the same object.</summary>
    public static RadAiModel Of(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (Roots.TryGetValue(workspace, out var model)) return model;
        lock (Attaching)
        {
            if (Roots.TryGetValue(workspace, out model)) return model;
            model = Read(workspace);
            model.Attach();
            Roots.Add(workspace, model);
            return model;
        }
    }

    /// <summary>
    /// Rebuilds the typed RAD-AI model from a workspace that follows the convention (written by this library, by hand
    /// or by the Structurizr DSL). The result becomes the workspace's model for <c>workspace.RadAi()</c>.
    /// </summary>
    /// <exception cref="RadAiConventionException">A stored value is wrong; the message names the element or property and the JSON path.</exception>
    public static RadAiModel Load(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        lock (Attaching)
        {
            var model = Read(workspace);
            model.Attach();
            Roots.AddOrUpdate(workspace, model);
            return model;
        }
    }

    private static RadAiModel Read(Workspace workspace)
    {
        var version = workspace.Properties.GetValueOrDefault(RadAiConvention.VersionKey);
        if (version is not null && !RadAiConvention.ReadableVersions.Contains(version))
            throw new RadAiConventionException(
                $"Workspace '{workspace.Name}' uses RAD-AI convention version {version}; this library reads versions {string.Join(" and ", RadAiConvention.ReadableVersions)}.",
                $"workspace property '{RadAiConvention.VersionKey}'");
        var model = new RadAiModel(workspace);
        model._loading = true;
        try
        {
            foreach (var register in model._registers)
                if (ConventionSource.Open(workspace, register.Key, model.ReadOptions, model.Defaults) is { } reader)
                    register.Read(reader);
            model.ReadLive();
        }
        finally
        {
            model._loading = false;
        }
        model.KeepStoredOrder();
        return model;
    }

    private void ReadLive()
    {
        Decisions.Read();
        _ = ResponsibleAi.Matrix; // perspectives are read live; reading once here reports a malformed one at load
    }

    /// <summary>Lists the registers read for writing in the order their properties were stored, so a round trip keeps the bytes.</summary>
    private void KeepStoredOrder()
    {
        var stored = new List<string>(Workspace.Properties.Keys);
        if (Workspace.PropertySource is { } previous) stored.AddRange(previous.Keys); // Load again: the model read before
        foreach (var register in _registers.Where(r => !r.IsEmpty).OrderBy(r => stored.IndexOf(r.Key) is var i and >= 0 ? i : int.MaxValue))
            List(register);
    }

    /// <summary>Makes this model the workspace's: the register properties are now written from it, and the stored copies go.</summary>
    private void Attach()
    {
        foreach (var register in _registers) Workspace.Properties.Remove(register.Key);
        // Registers read from documentation blocks are written as properties from now on, with the version they follow.
        if (_written.Count > 0 && !Workspace.Properties.ContainsKey(RadAiConvention.VersionKey)) MarkUsed();
        Workspace.PropertySource = this;
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

    /// <summary>Records that a register holds something: the workspace follows the convention, and the register is written.</summary>
    internal void MarkUsed(RadAiRegister register)
    {
        if (_loading || _written.Contains(register)) return;
        MarkUsed();
        List(register);
    }

    private void List(RadAiRegister register)
    {
        _written.Add(register);
        _writtenKeys.Add(register.Key);
    }

    IReadOnlyList<string> IWorkspacePropertySource.Keys => _writtenKeys;

    byte[] IWorkspacePropertySource.Utf8ValueOf(string key)
    {
        var register = _written.Find(r => r.Key == key) ?? throw new ArgumentException($"No RAD-AI register is stored under '{key}'.", nameof(key));
        using var buffer = new PooledSegmentWriter();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = WriteOptions.Encoder }))
            register.Write(writer);
        return buffer.ToArray();
    }

    /// <summary>
    /// Makes what would fail when the record is written (a reference to an element of another workspace, a number JSON
    /// cannot hold) fail now, at the call that adds it. A walk of the record's contract answers the common case
    /// without writing anything; when it finds a problem, the record is written into a scratch buffer, so the error is
    /// the serializer's own, naming the element.
    /// </summary>
    /// <exception cref="ArgumentException">The record refers to an element of another workspace.</exception>
    internal void RequireStorable<T>(T item, JsonTypeInfo<T> contract)
    {
        if (_storability.IsCertainlyStorable(item)) return;
        _probeBuffer.ResetWrittenCount();
        _probeWriter ??= new Utf8JsonWriter(_probeBuffer, new JsonWriterOptions { Encoder = WriteOptions.Encoder, SkipValidation = true });
        _probeWriter.Reset(_probeBuffer);
        JsonSerializer.Serialize(_probeWriter, item, contract);
        _probeWriter.Flush();
    }

    /// <summary>Throws when an element belongs to another workspace than this model's.</summary>
    /// <exception cref="ModelException">The element is of another workspace.</exception>
    public void RequireOwn(Element element) => RequireSameWorkspace(Workspace, element);

    internal static void RequireSameWorkspace(Workspace workspace, Element element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (!ReferenceEquals(element.Model.Workspace, workspace))
            throw new ModelException(
                $"Element '{element.CanonicalName}' belongs to workspace '{element.Model.Workspace.Name}', not to '{workspace.Name}'; RAD-AI records may only refer to elements of their own workspace.");
    }

    /// <summary>A one-line summary of what the model holds.</summary>
    public override string ToString() => $"RAD-AI model of '{Workspace.Name}'";
}
