using RadAi.Dsl.C4;

namespace RadAi.Dsl.Ai.ResponsibleAi;

/// <summary>
/// E4 responsible AI concepts: the concern matrix (live on elements as perspectives) and the template's sections
/// (fairness, bias detection, explainability, oversight, transparency, privacy), stored in <c>radai:e4.responsible-ai</c>.
/// </summary>
public sealed class ResponsibleAiConcepts : RadAiRegister
{
    private readonly List<FairnessMetric> _fairness = [];
    private readonly List<FairnessDimension> _dimensions = [];
    private readonly List<BiasDetectionPractice> _bias = [];
    private readonly List<ExplainabilityRequirement> _explainability = [];
    private readonly List<ExplainabilityIntegration> _integrations = [];
    private readonly List<OversightMechanism> _oversight = [];
    private readonly List<UserControl> _controls = [];
    private readonly List<Disclosure> _disclosures = [];
    private readonly List<DataProtection> _privacy = [];
    private OverridePolicy? _override;

    private static readonly Concern[] Concerns = Enum.GetValues<Concern>();

    internal ResponsibleAiConcepts(RadAiModel root) : base(root) { }

    internal override string Key => RadAiConvention.ResponsibleAiKey;

    /// <summary>The concern matrix, read from the elements' perspectives: model order, then concern order.</summary>
    public IReadOnlyList<ConcernEntry> Matrix
    {
        get
        {
            var result = new List<ConcernEntry>();
            foreach (var element in Root.Workspace.Model.Elements)
            {
                if (element.Perspectives.Count == 0) continue; // the matrix lives in perspectives: most elements have none
                foreach (var concern in Concerns)
                    if (Read(element, concern) is { } entry) result.Add(entry);
            }
            return result;
        }
    }

    /// <summary>Sets one cell of the concern matrix (replacing an earlier one for the same component and concern).</summary>
    /// <exception cref="ArgumentException">Empty metric or an element of another workspace.</exception>
    public ConcernEntry SetConcern(ConcernEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var element = entry.Component.Element;
        Root.RequireOwn(element);
        if (string.IsNullOrWhiteSpace(entry.Metric)) throw new ArgumentException($"Concern {entry.Concern} of '{element.Name}' needs a metric.");
        element.AddPerspective(entry.Concern.DisplayName(), entry.Metric, entry.Threshold?.ToString());
        element.Properties.Set(PropertyKey(entry.Concern, "frequency"), entry.Frequency?.ToString());
        element.Properties.Set(PropertyKey(entry.Concern, "owner"), entry.Owner);
        Root.MarkUsed();
        return entry;
    }

    /// <summary>The concern matrix row of one component.</summary>
    /// <exception cref="ArgumentException">The element belongs to another workspace.</exception>
    public IReadOnlyList<ConcernEntry> ConcernsOf(ElementRef component)
    {
        Root.RequireOwn(component.Element);
        // Asked for every ML model by inspections and renderers: an element without perspectives has no row.
        if (component.Element.Perspectives.Count == 0) return [];
        return Concerns.Select(c => Read(component.Element, c)).OfType<ConcernEntry>().ToList();
    }

    /// <summary>Fairness metrics.</summary>
    public IReadOnlyList<FairnessMetric> FairnessMetrics => _fairness;

    /// <summary>Fairness dimensions.</summary>
    public IReadOnlyList<FairnessDimension> FairnessDimensions => _dimensions;

    /// <summary>Bias detection practices by lifecycle stage.</summary>
    public IReadOnlyList<BiasDetectionPractice> BiasDetection => _bias;

    /// <summary>Explainability requirements.</summary>
    public IReadOnlyList<ExplainabilityRequirement> ExplainabilityRequirements => _explainability;

    /// <summary>Explainability integration points.</summary>
    public IReadOnlyList<ExplainabilityIntegration> ExplainabilityIntegrations => _integrations;

    /// <summary>Human oversight mechanisms.</summary>
    public IReadOnlyList<OversightMechanism> OversightMechanisms => _oversight;

    /// <summary>End-user controls.</summary>
    public IReadOnlyList<UserControl> UserControls => _controls;

    /// <summary>Transparency disclosures.</summary>
    public IReadOnlyList<Disclosure> Disclosures => _disclosures;

    /// <summary>Data protection rows.</summary>
    public IReadOnlyList<DataProtection> DataProtection => _privacy;

    /// <summary>Override and escalation policy.</summary>
    public OverridePolicy? Override => _override;

    /// <summary>Adds a fairness metric.</summary>
    public FairnessMetric AddFairnessMetric(FairnessMetric metric) => AddTo(_fairness, metric, $"Fairness metric '{metric?.Metric}'");

    /// <summary>Adds a fairness dimension.</summary>
    public FairnessDimension AddFairnessDimension(FairnessDimension dimension) => AddTo(_dimensions, dimension, $"Fairness dimension '{dimension?.Name}'");

    /// <summary>Adds a bias detection practice.</summary>
    public BiasDetectionPractice AddBiasDetection(BiasDetectionPractice practice) => AddTo(_bias, practice, $"Bias detection at {practice?.Stage}");

    /// <summary>Adds an explainability requirement.</summary>
    public ExplainabilityRequirement AddExplainability(ExplainabilityRequirement requirement) => AddTo(_explainability, requirement, $"Explainability of {requirement?.Model}");

    /// <summary>Adds an explainability integration point.</summary>
    /// <exception cref="ArgumentException">Negative latency budget.</exception>
    public ExplainabilityIntegration AddExplainabilityIntegration(ExplainabilityIntegration integration)
    {
        ArgumentNullException.ThrowIfNull(integration);
        if (integration.LatencyBudget is { } b) DurationText.RequireNonNegative(b, $"Latency budget of '{integration.Service}'");
        return AddTo(_integrations, integration, $"Explainability integration '{integration.Service}'");
    }

    /// <summary>Adds a human oversight mechanism.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative response SLA.</exception>
    public OversightMechanism AddOversight(OversightMechanism mechanism)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        if (mechanism.ResponseSla is { } sla) DurationText.RequireNonNegative(sla, $"Response SLA of '{mechanism.Mechanism}'");
        return AddTo(_oversight, mechanism, $"Oversight mechanism '{mechanism.Mechanism}'");
    }

    /// <summary>Adds an end-user control.</summary>
    public UserControl AddUserControl(UserControl control) => AddTo(_controls, control, $"User control '{control?.Control}'");

    /// <summary>Adds a disclosure.</summary>
    public Disclosure AddDisclosure(Disclosure disclosure) => AddTo(_disclosures, disclosure, $"Disclosure '{disclosure?.Context}'");

    /// <summary>Adds a data protection row.</summary>
    public DataProtection AddDataProtection(DataProtection protection) => AddTo(_privacy, protection, $"Data protection '{protection?.Category}'");

    /// <summary>Sets the override and escalation policy.</summary>
    public OverridePolicy SetOverridePolicy(OverridePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        RequireStorable(policy, "Override policy");
        _override = policy;
        Commit();
        return policy;
    }

    private static string PropertyKey(Concern concern, string field)
        => RadAiConvention.ConcernPrefix + char.ToLowerInvariant(concern.ToString()[0]) + concern.ToString()[1..] + "." + field;

    private static ConcernEntry? Read(Element element, Concern concern)
    {
        var perspective = element.Perspectives.FirstOrDefault(p => p.Name == concern.DisplayName());
        if (perspective is null) return null;
        var location = $"perspective '{perspective.Name}' of element '{element.CanonicalName}'";
        try
        {
            var frequency = element.Properties.GetValueOrDefault(PropertyKey(concern, "frequency"));
            return new ConcernEntry(element, concern, perspective.Description,
                string.IsNullOrWhiteSpace(perspective.Value) ? null : Threshold.ReadStored(perspective.Value),
                frequency is null ? null : Freshness.ReadStored(frequency),
                element.Properties.GetValueOrDefault(PropertyKey(concern, "owner")));
        }
        catch (FormatException e)
        {
            throw new RadAiConventionException($"{location}: {e.Message}", location, null, e);
        }
    }

    private protected override IEnumerable<RegisterTable> DeclareTables() =>
    [
        RegisterTable.Rows<FairnessMetric>("fairnessMetrics", _fairness, x => AddFairnessMetric(x)),
        RegisterTable.Rows<FairnessDimension>("fairnessDimensions", _dimensions, x => AddFairnessDimension(x)),
        RegisterTable.Rows<BiasDetectionPractice>("biasDetection", _bias, x => AddBiasDetection(x)),
        RegisterTable.Rows<ExplainabilityRequirement>("explainability", _explainability, x => AddExplainability(x)),
        RegisterTable.Rows<ExplainabilityIntegration>("explainabilityIntegrations", _integrations, x => AddExplainabilityIntegration(x)),
        RegisterTable.Rows<OversightMechanism>("oversight", _oversight, x => AddOversight(x)),
        RegisterTable.Rows<UserControl>("userControls", _controls, x => AddUserControl(x)),
        RegisterTable.Rows<Disclosure>("disclosures", _disclosures, x => AddDisclosure(x)),
        RegisterTable.Rows<DataProtection>("dataProtection", _privacy, x => AddDataProtection(x)),
        RegisterTable.Single<OverridePolicy>("override", () => _override, x => SetOverridePolicy(x)),
    ];
}
