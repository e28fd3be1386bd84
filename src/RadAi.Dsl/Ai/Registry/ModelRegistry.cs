using RadAi.Dsl;

namespace RadAi.Dsl;

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
    private readonly RegisterTable<RegistryStage> _stages;
    private readonly Dictionary<string, string> _unplacedVersions = new(StringComparer.Ordinal);

    internal ModelRegistry(RadAiModel root) : base(root)
    {
        _models = Table<RegisteredModel>("models", x => Add(PlaceStoredVersion(x)));
        _byId = _models.IndexBy(m => m.Id, StringComparer.Ordinal);
        _byElement = _models.IndexBy(m => m.Element);
        _tools = Table<RegistryTool>("tools", x => AddTool(x));
        _stages = Table<RegistryStage>("lifecycleStages", x => AddLifecycleStage(x));
    }

    internal override string Key => RadAiConvention.RegistryKey;

    /// <summary>The model inventory, in order.</summary>
    public IReadOnlyList<RegisteredModel> Models => _models;

    /// <summary>Registry tool integrations.</summary>
    public IReadOnlyList<RegistryTool> Tools => _tools;

    /// <summary>The registry's lifecycle stages with their promotion rules, in lifecycle order.</summary>
    public IReadOnlyList<RegistryStage> LifecycleStages => _stages;

    /// <summary>The model with an id, or null.</summary>
    public RegisteredModel? Find(string id) => id is null ? null : _byId.Find(id);

    /// <summary>The registered model served by an element, or null.</summary>
    public RegisteredModel? Find(ElementRef element) => element.Element is null ? _models.FirstOrDefault(m => m.Element == element) : _byElement.Find(element);

    /// <summary>Registers a model.</summary>
    /// <exception cref="ModelException">Duplicate id, an element already registered, duplicate versions, or an element of another workspace.</exception>
    public RegisteredModel Add(RegisteredModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        RequireUnique(_byId, model.Id, "model");
        if (Find(model.Element) is { } other) throw new ModelException($"Element '{model.Element}' is already registered as {other.Id}; register each model element once.");
        if (RepeatedVersion(model.Versions) is { } dup) throw new ModelException($"Model {model.Id} lists version '{dup}' twice.");
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
    /// <exception cref="ModelException">No model with that id.</exception>
    public RegisteredModel Replace(RegisteredModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var i = model.Id is null ? -1 : _byId.IndexOf(model.Id);
        if (i < 0) throw new ModelException($"No model '{model.Id}' to replace; Add it first.");
        return _models.Replace(i, model, $"Model {model.Id}");
    }

    /// <summary>Adds a version to the history of a registered model (newest last).</summary>
    /// <example><code>ai.Registry.AddVersion("MDL-REC", new ModelVersion("v12.4") { TrainingPeriod = "2025-Q4", Status = ModelStatus.Production });</code></example>
    /// <exception cref="ModelException">No model with that id, or the model lists the version already.</exception>
    public RegisteredModel AddVersion(string modelId, ModelVersion version) => Grow(modelId, version, (model, v) =>
        model.Versions.Any(listed => string.Equals(listed.Version, v.Version, StringComparison.Ordinal))
            ? throw new ModelException($"Model {model.Id} lists version '{v.Version}' twice.")
            : model with { Versions = [.. model.Versions, v] });

    /// <summary>Adds a performance baseline to a registered model.</summary>
    /// <exception cref="ModelException">No model with that id.</exception>
    public RegisteredModel AddBaseline(string modelId, PerformanceBaseline baseline)
        => Grow(modelId, baseline, (model, b) => model with { Baselines = [.. model.Baselines, b] });

    /// <summary>Adds a hyperparameter to a registered model.</summary>
    /// <exception cref="ModelException">No model with that id.</exception>
    public RegisteredModel AddHyperparameter(string modelId, Hyperparameter hyperparameter)
        => Grow(modelId, hyperparameter, (model, h) => model with { Hyperparameters = [.. model.Hyperparameters, h] });

    /// <summary>Adds a training dataset to the training data lineage of a registered model.</summary>
    /// <exception cref="ModelException">No model with that id.</exception>
    public RegisteredModel AddTrainingData(string modelId, TrainingDataset dataset)
        => Grow(modelId, dataset, (model, d) => model with { TrainingData = [.. model.TrainingData, d] });

    /// <summary>Replaces the registration with one more item in one of its lists.</summary>
    private RegisteredModel Grow<T>(string modelId, T item, Func<RegisteredModel, T, RegisteredModel> add) where T : class
    {
        ArgumentNullException.ThrowIfNull(item);
        var model = Find(modelId) ?? throw new ModelException($"No model '{modelId}' in the registry; Add it first.");
        return Replace(add(model, item));
    }

    /// <summary>Adds a registry tool integration.</summary>
    public RegistryTool AddTool(RegistryTool tool) => _tools.Add(tool, $"Registry tool '{tool?.Tool}'");

    /// <summary>What feeds the model (data sources, feature stores, other models): computed from relationships.</summary>
    public static IReadOnlyList<Element> UpstreamOf(RegisteredModel model) => DataFlow.UpstreamOf((model ?? throw new ArgumentNullException(nameof(model))).Element.Element);

    /// <summary>What consumes the model's output: computed from relationships.</summary>
    public static IReadOnlyList<Element> DownstreamOf(RegisteredModel model) => DataFlow.DownstreamOf((model ?? throw new ArgumentNullException(nameof(model))).Element.Element);

    /// <summary>
    /// Stored current versions that could not move to their element: the element states another version, or it is not an
    /// &lt;&lt;ML Model&gt;&gt;, so it states none (model id → the stored version). Inspection RADAI115 reports them.
    /// </summary>
    internal IReadOnlyDictionary<string, string> UnplacedVersions => _unplacedVersions;

    /// <summary>
    /// A stored entry with a "currentVersion" (written when the registry stated it beside the element): the element's
    /// &lt;&lt;ML Model&gt;&gt; version is the one home of that fact, so the stored one moves there when the element states
    /// none; otherwise the element's is kept and a different stored one is remembered for RADAI115.
    /// </summary>
    private RegisteredModel PlaceStoredVersion(RegisteredModel stored)
    {
        if (stored.StoredCurrentVersion is not { } version) return stored;
        // During loading the workspace's RAD-AI model is this one, not yet published: its own catalogue answers.
        var model = stored.Element.Element is { } element ? Root.Stereotypes.FindElement(element) as MlModel : null;
        if (model is { Version: null }) model.Set("version", version);
        else if (!ModelVersion.SameVersion(model?.Version, version)) _unplacedVersions[stored.Id] = version;
        return stored with { StoredCurrentVersion = null };
    }

    /// <summary>Adds a lifecycle stage of the registry.</summary>
    public RegistryStage AddLifecycleStage(RegistryStage stage) => _stages.Add(stage, $"Registry stage '{stage?.Name}'");
}
