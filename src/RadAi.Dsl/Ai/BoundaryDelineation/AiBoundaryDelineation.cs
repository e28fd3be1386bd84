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
    /// <exception cref="ArgumentOutOfRangeException">Availability outside [0, 100] percent.</exception>
    public ExternalAiService AddExternalService(ExternalAiService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        service.RequireAvailabilityInRange();
        return AddTo(_external, service, $"External AI service '{service.Service}'");
    }

    /// <summary>Adds a confidence propagation stage.</summary>
    public ConfidencePropagationStage AddPropagationStage(ConfidencePropagationStage stage) => AddTo(_propagation, stage, $"Propagation stage '{stage?.Stage}'");

    private protected override IEnumerable<RegisterTable> DeclareTables() =>
    [
        RegisterTable.Rows<AiComponent>("components", _components, x => AddComponent(x)),
        RegisterTable.Rows<BoundaryContract>("contracts", _contracts, x => AddContract(x)),
        RegisterTable.Rows<FailureMode>("failureModes", _failures, x => AddFailureMode(x)),
        RegisterTable.Rows<ExternalAiService>("externalServices", _external, x => AddExternalService(x)),
        RegisterTable.Rows<ConfidencePropagationStage>("confidencePropagation", _propagation, x => AddPropagationStage(x)),
    ];
}
