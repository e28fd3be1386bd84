using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// E4 responsible AI concepts: the concern matrix (live on elements as perspectives) and the template's sections
/// (fairness, bias detection, explainability, oversight, transparency, privacy), stored in <c>radai:e4.responsible-ai</c>.
/// </summary>
public sealed class ResponsibleAiConcepts : RadAiRegister
{
    private readonly RegisterTable<FairnessMetric> _fairness;
    private readonly RegisterTable<FairnessDimension> _dimensions;
    private readonly RegisterTable<BiasDetectionPractice> _bias;
    private readonly RegisterTable<ExplainabilityRequirement> _explainability;
    private readonly RegisterTable<ExplainabilityIntegration> _integrations;
    private readonly RegisterTable<OversightMechanism> _oversight;
    private readonly RegisterTable<UserControl> _controls;
    private readonly RegisterTable<Disclosure> _disclosures;
    private readonly RegisterTable<DataProtection> _privacy;
    private readonly RegisterValue<OverridePolicy> _override;
    private readonly RegisterTable<PrivacyMeasure> _privacyMeasures;
    private readonly RegisterTable<DataProtectionImpactAssessment> _dpias;

    private static readonly Concern[] Concerns = Enum.GetValues<Concern>();

    internal ResponsibleAiConcepts(RadAiModel root) : base(root)
    {
        _fairness = Table<FairnessMetric>("fairnessMetrics", x => AddFairnessMetric(x));
        _dimensions = Table<FairnessDimension>("fairnessDimensions", x => AddFairnessDimension(x));
        _bias = Table<BiasDetectionPractice>("biasDetection", x => AddBiasDetection(x));
        _explainability = Table<ExplainabilityRequirement>("explainability", x => AddExplainability(x));
        _integrations = Table<ExplainabilityIntegration>("explainabilityIntegrations", x => AddExplainabilityIntegration(x));
        _oversight = Table<OversightMechanism>("oversight", x => AddOversight(x));
        _controls = Table<UserControl>("userControls", x => AddUserControl(x));
        _disclosures = Table<Disclosure>("disclosures", x => AddDisclosure(x));
        _privacy = Table<DataProtection>("dataProtection", x => AddDataProtection(x));
        _override = Value<OverridePolicy>("override", x => SetOverridePolicy(x));
        _privacyMeasures = Table<PrivacyMeasure>("privacyMeasures", x => AddPrivacyMeasure(x));
        _dpias = Table<DataProtectionImpactAssessment>("dpias", x => AddDpia(x));
    }

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
    /// <exception cref="ModelException">Empty metric or an element of another workspace.</exception>
    public ConcernEntry SetConcern(ConcernEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var element = entry.Component.Element;
        Root.RequireOwn(element);
        if (string.IsNullOrWhiteSpace(entry.Metric)) throw new ModelException($"Concern {entry.Concern} of '{element.Name}' needs a metric.");
        entry.RequireValidExtraFacts($"Concern {entry.Concern} of '{element.Name}'");
        element.AddPerspective(entry.Concern.DisplayName(), entry.Metric, entry.Threshold?.ToString());
        element.Properties.Set(PropertyKey(entry.Concern, "frequency"), entry.Frequency?.ToString());
        element.Properties.Set(PropertyKey(entry.Concern, "owner"), entry.Owner);
        element.Properties.Set(PropertyKey(entry.Concern, "extraFacts"), entry.ExtraFacts.Count == 0 ? null : WriteFacts(entry.ExtraFacts));
        Root.MarkUsed();
        return entry;
    }

    /// <summary>The concern matrix row of one component.</summary>
    /// <exception cref="ModelException">The element belongs to another workspace.</exception>
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

    /// <summary>Privacy-by-design measures.</summary>
    public IReadOnlyList<PrivacyMeasure> PrivacyMeasures => _privacyMeasures;

    /// <summary>Data protection impact assessments with their findings.</summary>
    public IReadOnlyList<DataProtectionImpactAssessment> ImpactAssessments => _dpias;

    /// <summary>Override and escalation policy.</summary>
    public OverridePolicy? Override => _override.Value;

    /// <summary>Adds a fairness metric.</summary>
    public FairnessMetric AddFairnessMetric(FairnessMetric metric) => _fairness.Add(metric, $"Fairness metric '{metric?.Metric}'");

    /// <summary>Adds a fairness dimension.</summary>
    public FairnessDimension AddFairnessDimension(FairnessDimension dimension) => _dimensions.Add(dimension, $"Fairness dimension '{dimension?.Name}'");

    /// <summary>Adds a bias detection practice.</summary>
    public BiasDetectionPractice AddBiasDetection(BiasDetectionPractice practice) => _bias.Add(practice, $"Bias detection at {practice?.Stage}");

    /// <summary>Adds an explainability requirement.</summary>
    public ExplainabilityRequirement AddExplainability(ExplainabilityRequirement requirement) => _explainability.Add(requirement, $"Explainability of {requirement?.Component}");

    /// <summary>Adds an explainability integration point.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative latency budget.</exception>
    public ExplainabilityIntegration AddExplainabilityIntegration(ExplainabilityIntegration integration)
    {
        ArgumentNullException.ThrowIfNull(integration);
        StatedValue.RequireNonNegative(integration.LatencyBudget, $"Latency budget of '{integration.Service}'");
        return _integrations.Add(integration, $"Explainability integration '{integration.Service}'");
    }

    /// <summary>Adds a human oversight mechanism.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative response SLA.</exception>
    public OversightMechanism AddOversight(OversightMechanism mechanism)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        StatedValue.RequireNonNegative(mechanism.ResponseSla, $"Response SLA of '{mechanism.Mechanism}'");
        return _oversight.Add(mechanism, $"Oversight mechanism '{mechanism.Mechanism}'");
    }

    /// <summary>Adds an end-user control.</summary>
    public UserControl AddUserControl(UserControl control) => _controls.Add(control, $"User control '{control?.Control}'");

    /// <summary>Adds a disclosure.</summary>
    public Disclosure AddDisclosure(Disclosure disclosure) => _disclosures.Add(disclosure, $"Disclosure '{disclosure?.Context}'");

    /// <summary>Adds a data protection row.</summary>
    public DataProtection AddDataProtection(DataProtection protection) => _privacy.Add(protection, $"Data protection '{protection?.Category}'");

    /// <summary>Sets the override and escalation policy.</summary>
    public OverridePolicy SetOverridePolicy(OverridePolicy policy) => _override.Set(policy, "Override policy");

    private static string PropertyKey(Concern concern, string field)
        => RadAiConvention.ConcernPrefix + char.ToLowerInvariant(concern.ToString()[0]) + concern.ToString()[1..] + "." + field;

    // A cell of the matrix is a perspective plus properties, not a register row, so its extra facts are one property:
    // a JSON list of {"name", "value"} in the order written.
    private static string WriteFacts(EquatableList<NamedValue> facts)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var fact in facts)
            {
                json.WriteStartObject();
                json.WriteString("name", fact.Name);
                json.WriteString("value", fact.Value);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static EquatableList<NamedValue> ReadFacts(string text)
    {
        using var document = System.Text.Json.JsonDocument.Parse(text);
        if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Array)
            throw new FormatException($"extra facts must be a list of {{\"name\", \"value\"}}, not '{text}'.");
        var facts = new List<NamedValue>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            if (item.ValueKind != System.Text.Json.JsonValueKind.Object
                || !item.TryGetProperty("name", out var name) || name.ValueKind != System.Text.Json.JsonValueKind.String
                || !item.TryGetProperty("value", out var value) || value.ValueKind != System.Text.Json.JsonValueKind.String)
                throw new FormatException($"each extra fact needs a \"name\" and a \"value\" as text, in '{text}'.");
            facts.Add(new NamedValue(name.GetString()!, value.GetString()!));
        }
        return [.. facts];
    }

    private static ConcernEntry? Read(Element element, Concern concern)
    {
        var perspective = element.Perspectives.FirstOrDefault(p => p.Name == concern.DisplayName());
        if (perspective is null) return null;
        var location = $"perspective '{perspective.Name}' of element '{element.CanonicalName}'";
        try
        {
            var frequency = element.Properties.GetValueOrDefault(PropertyKey(concern, "frequency"));
            return new ConcernEntry
            {
                Component = element,
                Concern = concern,
                Metric = perspective.Description,
                Threshold = string.IsNullOrWhiteSpace(perspective.Value) ? null : Threshold.ReadStored(perspective.Value),
                Frequency = frequency is null ? null : Freshness.ReadStored(frequency),
                Owner = element.Properties.GetValueOrDefault(PropertyKey(concern, "owner")),
                ExtraFacts = element.Properties.GetValueOrDefault(PropertyKey(concern, "extraFacts")) is { } facts ? ReadFacts(facts) : [],
            };
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
        {
            throw new RadAiConventionException($"{location}: {ExceptionWords.Of(e)}", location, null, e);
        }
    }

    /// <summary>Adds a privacy-by-design measure.</summary>
    public PrivacyMeasure AddPrivacyMeasure(PrivacyMeasure measure) => _privacyMeasures.Add(measure, $"Privacy measure '{measure?.Name}'");

    /// <summary>Adds a data protection impact assessment.</summary>
    public DataProtectionImpactAssessment AddDpia(DataProtectionImpactAssessment assessment) => _dpias.Add(assessment, $"Impact assessment '{assessment?.Name}'");
}
