namespace RadAi.Dsl;

/// <summary>
/// E1 AI boundary delineation: AI component inventory, boundary-crossing contracts, failure modes, external AI
/// services and confidence propagation. Stored in <c>radai:e1.boundary-delineation</c>.
/// </summary>
public sealed class AiBoundaryDelineation : RadAiRegister
{
    private readonly RegisterTable<AiComponent> _components;
    private readonly RegisterTable<AiComponent>.Index<ElementRef> _componentElements;
    private readonly RegisterTable<BoundaryContract> _contracts;
    private readonly RegisterTable<FailureMode> _failures;
    private readonly RegisterTable<ExternalAiService> _external;
    private readonly RegisterTable<ConfidencePropagationStage> _propagation;
    private readonly RegisterTable<KeyMetric> _keyMetrics;
    private readonly RegisterTable<KeyMetric>.Index<string> _keyMetricNames;

    internal AiBoundaryDelineation(RadAiModel root) : base(root)
    {
        _components = Table<AiComponent>("components", x => AddComponent(x));
        _componentElements = _components.IndexBy(c => c.Component);
        _contracts = Table<BoundaryContract>("contracts", x => AddContract(x));
        _failures = Table<FailureMode>("failureModes", x => AddFailureMode(x));
        _external = Table<ExternalAiService>("externalServices", x => AddExternalService(x));
        _propagation = Table<ConfidencePropagationStage>("confidencePropagation", x => AddPropagationStage(x));
        _keyMetrics = Table<KeyMetric>("keyMetrics", x => AddKeyMetric(x));
        _keyMetricNames = _keyMetrics.IndexBy(m => m.Name?.Trim(), StringComparer.OrdinalIgnoreCase);
    }

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

    /// <summary>The key metrics the system states about itself, in order of addition.</summary>
    public IReadOnlyList<KeyMetric> KeyMetrics => _keyMetrics;

    /// <summary>Adds a key metric of the system, its value as written.</summary>
    /// <exception cref="ArgumentException">No name or value, or a metric of that name is stated already.</exception>
    public KeyMetric AddKeyMetric(KeyMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (string.IsNullOrWhiteSpace(metric.Value)) throw new ArgumentException($"Key metric '{metric.Name}' needs a value.", nameof(metric));
        RequireUnique(_keyMetricNames, metric.Name?.Trim()!, "key metric");
        return _keyMetrics.Add(metric, $"Key metric '{metric.Name}'");
    }

    /// <summary>Adds an AI component to the inventory.</summary>
    /// <exception cref="ModelException">The element is listed already or belongs to another workspace.</exception>
    public AiComponent AddComponent(AiComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        if (_componentElements.Contains(component.Component)) throw new ModelException($"AI component '{component.Component}' is listed twice.");
        return _components.Add(component, $"AI component '{component.Component}'");
    }

    /// <summary>Adds a boundary-crossing contract.</summary>
    public BoundaryContract AddContract(BoundaryContract contract) => _contracts.Add(contract, $"Contract {contract?.From} → {contract?.To}");

    /// <summary>Adds a failure mode.</summary>
    public FailureMode AddFailureMode(FailureMode failure) => _failures.Add(failure, $"Failure mode of {failure?.Component}");

    /// <summary>Adds an external AI service.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Availability outside [0, 100] percent.</exception>
    public ExternalAiService AddExternalService(ExternalAiService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        service.RequireAvailabilityInRange();
        return _external.Add(service, $"External AI service '{service.Service}'");
    }

    /// <summary>Adds a confidence propagation stage.</summary>
    public ConfidencePropagationStage AddPropagationStage(ConfidencePropagationStage stage) => _propagation.Add(stage, $"Propagation stage '{stage?.Stage}'");
}
