namespace RadAi.Dsl;

/// <summary>E6 AI quality scenarios: attribute definitions and scenarios. Stored in <c>radai:e6.quality</c>.</summary>
public sealed class QualityScenarios : RadAiRegister
{
    private readonly RegisterTable<QualityAttributeDefinition> _definitions;
    private readonly RegisterTable<QualityAttributeDefinition>.Index<QualityAttribute> _byAttribute;
    private readonly RegisterTable<QualityScenario> _scenarios;
    private readonly RegisterTable<QualityScenario>.Index<string> _byId;

    internal QualityScenarios(RadAiModel root) : base(root)
    {
        _definitions = Table<QualityAttributeDefinition>("definitions", x => Define(x));
        _byAttribute = _definitions.IndexBy(d => d.Attribute);
        _scenarios = Table<QualityScenario>("scenarios", x => Add(x));
        _byId = _scenarios.IndexBy(s => s.Id, StringComparer.Ordinal);
    }

    internal override string Key => RadAiConvention.QualityKey;

    /// <summary>Attribute definitions, in order.</summary>
    public IReadOnlyList<QualityAttributeDefinition> Definitions => _definitions;

    /// <summary>Scenarios, in order.</summary>
    public IReadOnlyList<QualityScenario> Scenarios => _scenarios;

    /// <summary>The scenarios of one attribute, in order.</summary>
    public IReadOnlyList<QualityScenario> FindAll(QualityAttribute attribute) => _scenarios.Where(s => s.Attribute == attribute).ToList();

    /// <summary>Defines a quality attribute.</summary>
    /// <exception cref="ModelException">The attribute is defined already.</exception>
    public QualityAttributeDefinition Define(QualityAttributeDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (_byAttribute.Contains(definition.Attribute)) throw new ModelException($"Quality attribute '{definition.Attribute}' is defined twice.");
        return _definitions.Add(definition, $"Quality attribute '{definition.Attribute}'");
    }

    /// <summary>Adds a scenario.</summary>
    /// <exception cref="ModelException">Duplicate id, no artifact, or an element of another workspace.</exception>
    public QualityScenario Add(QualityScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        RequireUnique(_byId, scenario.Id, "quality scenario");
        if (string.IsNullOrWhiteSpace(scenario.Attribute.Name)) throw new ModelException($"Quality scenario {scenario.Id} needs an attribute.");
        if (scenario.Artifacts is null || scenario.Artifacts.Count == 0) throw new ModelException($"Quality scenario {scenario.Id} needs at least one artifact element.");
        return _scenarios.Add(scenario, $"Quality scenario {scenario.Id}");
    }
}
