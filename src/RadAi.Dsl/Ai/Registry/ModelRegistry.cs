using RadAi.Dsl.C4;

namespace RadAi.Dsl.Ai.Registry;

/// <summary>
/// E2 model registry view: the model inventory with version history, hyperparameters, training data lineage,
/// baselines and model cards, plus registry tool integration. Stored in <c>radai:e2.model-registry</c>.
/// </summary>
public sealed class ModelRegistry : RadAiRegister
{
    private readonly RegisterTable<RegisteredModel> _models;
    private readonly RegisterTable<RegisteredModel>.Index<string> _byId;
    private readonly RegisterTable<RegisteredModel>.Index<ElementRef> _byElement;
    private readonly RegisterTable<RegistryTool> _tools;

    internal ModelRegistry(RadAiModel root) : base(root)
    {
        _models = Table<RegisteredModel>("models", x => Add(x));
        _byId = _models.IndexBy(m => m.Id, StringComparer.Ordinal);
        _byElement = _models.IndexBy(m => m.Model);
        _tools = Table<RegistryTool>("tools", x => AddTool(x));
    }

    internal override string Key => RadAiConvention.RegistryKey;

    /// <summary>The model inventory, in order.</summary>
    public IReadOnlyList<RegisteredModel> Models => _models;

    /// <summary>Registry tool integrations.</summary>
    public IReadOnlyList<RegistryTool> Tools => _tools;

    /// <summary>The model with an id, or null.</summary>
    public RegisteredModel? Find(string id) => id is null ? null : _byId.Find(id);

    /// <summary>The registered model served by an element, or null.</summary>
    public RegisteredModel? For(ElementRef element) => element.Element is null ? _models.FirstOrDefault(m => m.Model == element) : _byElement.Find(element);

    /// <summary>Registers a model.</summary>
    /// <exception cref="ArgumentException">Duplicate id, an element already registered, duplicate versions, or an element of another workspace.</exception>
    public RegisteredModel Add(RegisteredModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        RequireUnique(_byId, model.Id, "model");
        if (For(model.Model) is { } other) throw new ArgumentException($"Element '{model.Model}' is already registered as {other.Id}; register each model element once.");
        if (RepeatedVersion(model.Versions) is { } dup) throw new ArgumentException($"Model {model.Id} lists version '{dup}' twice.");
        return _models.Add(model, $"Model {model.Id}");
    }

    /// <summary>The first version (in list order) listed more than once, or null; a model lists a few, so pairs are compared (no grouping per add).</summary>
    private static string? RepeatedVersion(EquatableList<ModelVersion> versions)
    {
        if (versions.Count > 16) return versions.GroupBy(v => v.Version).FirstOrDefault(g => g.Count() > 1)?.Key;
        for (var i = 0; i < versions.Count; i++)
            for (var j = i + 1; j < versions.Count; j++)
                if (string.Equals(versions[i].Version, versions[j].Version, StringComparison.Ordinal)) return versions[i].Version;
        return null;
    }

    /// <summary>Replaces the registration with the same id (records are immutable; use <c>with</c> to change one).</summary>
    /// <exception cref="ArgumentException">No model with that id.</exception>
    public RegisteredModel Replace(RegisteredModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var i = model.Id is null ? -1 : _byId.IndexOf(model.Id);
        if (i < 0) throw new ArgumentException($"No model '{model.Id}' to replace; Add it first.");
        return _models.Replace(i, model, $"Model {model.Id}");
    }

    /// <summary>Adds a registry tool integration.</summary>
    public RegistryTool AddTool(RegistryTool tool) => _tools.Add(tool, $"Registry tool '{tool?.Tool}'");

    /// <summary>What feeds the model (data sources, feature stores, other models): computed from relationships.</summary>
    public static IReadOnlyList<Element> UpstreamOf(RegisteredModel model) => DataFlow.UpstreamOf((model ?? throw new ArgumentNullException(nameof(model))).Model.Element);

    /// <summary>What consumes the model's output: computed from relationships.</summary>
    public static IReadOnlyList<Element> DownstreamOf(RegisteredModel model) => DataFlow.DownstreamOf((model ?? throw new ArgumentNullException(nameof(model))).Model.Element);
}
