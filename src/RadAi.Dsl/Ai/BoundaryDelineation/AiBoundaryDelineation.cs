using System.Text.Json;

namespace RadAi.Dsl.Ai.BoundaryDelineation;

/// <summary>
/// E1 AI boundary delineation: AI component inventory, boundary-crossing contracts, failure modes, external AI
/// services and confidence propagation. Stored in <c>radai:e1.boundary-delineation</c>.
/// </summary>
public sealed class AiBoundaryDelineation : RadAiRegister
{
    private readonly List<AiComponent> _components = [];
    private readonly List<BoundaryContract> _contracts = [];
    private readonly List<FailureMode> _failures = [];
    private readonly List<ExternalAiService> _external = [];
    private readonly List<ConfidencePropagationStage> _propagation = [];

    private readonly TableIndex<AiComponent, ElementRef> _componentElements;

    internal AiBoundaryDelineation(RadAiModel root) : base(root) => _componentElements = new(_components, c => c.Component);

    internal override string Key => RadAiConvention.BoundaryDelineationKey;

    internal override bool IsEmpty => _components.Count + _contracts.Count + _failures.Count + _external.Count + _propagation.Count == 0;

    /// <summary>The AI component inventory.</summary>
    public IReadOnlyList<AiComponent> Components => _components;

    /// <summary>Boundary-crossing contracts.</summary>
    public IReadOnlyList<BoundaryContract> Contracts => _contracts;

    /// <summary>Failure modes.</summary>
    public IReadOnlyList<FailureMode> FailureModes => _failures;

    /// <summary>External AI services.</summary>
    public IReadOnlyList<ExternalAiService> ExternalServices => _external;

    /// <summary>Confidence propagation chain.</summary>
    public IReadOnlyList<ConfidencePropagationStage> ConfidencePropagation => _propagation;

    /// <summary>Adds an AI component to the inventory.</summary>
    /// <exception cref="ArgumentException">The element is listed already or belongs to another workspace.</exception>
    public AiComponent AddComponent(AiComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        if (_componentElements.Contains(component.Component)) throw new ArgumentException($"AI component '{component.Component}' is listed twice.");
        return AddTo(_components, component, $"AI component '{component.Component}'");
    }

    /// <summary>Adds a boundary-crossing contract.</summary>
    public BoundaryContract AddContract(BoundaryContract contract) => AddTo(_contracts, contract, $"Contract {contract?.From} → {contract?.To}");

    /// <summary>Adds a failure mode.</summary>
    public FailureMode AddFailureMode(FailureMode failure) => AddTo(_failures, failure, $"Failure mode of {failure?.Component}");

    /// <summary>Adds an external AI service.</summary>
    public ExternalAiService AddExternalService(ExternalAiService service) => AddTo(_external, service, $"External AI service '{service?.Service}'");

    /// <summary>Adds a confidence propagation stage.</summary>
    public ConfidencePropagationStage AddPropagationStage(ConfidencePropagationStage stage) => AddTo(_propagation, stage, $"Propagation stage '{stage?.Stage}'");

    internal override void WriteTables(Utf8JsonWriter writer, JsonSerializerOptions options)
    {
        WriteTable(writer, "components", _components, options);
        WriteTable(writer, "contracts", _contracts, options);
        WriteTable(writer, "failureModes", _failures, options);
        WriteTable(writer, "externalServices", _external, options);
        WriteTable(writer, "confidencePropagation", _propagation, options);
    }

    internal override void ReadTables(RegisterReader reader)
    {
        foreach (var (x, p) in reader.Table<AiComponent>("components")) reader.Apply(p, () => AddComponent(x));
        foreach (var (x, p) in reader.Table<BoundaryContract>("contracts")) reader.Apply(p, () => AddContract(x));
        foreach (var (x, p) in reader.Table<FailureMode>("failureModes")) reader.Apply(p, () => AddFailureMode(x));
        foreach (var (x, p) in reader.Table<ExternalAiService>("externalServices")) reader.Apply(p, () => AddExternalService(x));
        foreach (var (x, p) in reader.Table<ConfidencePropagationStage>("confidencePropagation")) reader.Apply(p, () => AddPropagationStage(x));
    }
}
