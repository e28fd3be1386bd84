using System.Text.Json.Serialization;
using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// A model in the model registry view (E2): inventory row plus details. Its current version is not stored here: it is
/// the version its &lt;&lt;ML Model&gt;&gt; element states (<see cref="StereotypeFacts.WithVersion{TElement}"/>). Its upstream and downstream
/// dependencies are not stored either: <see cref="ModelRegistry.UpstreamOf"/> and <see cref="ModelRegistry.DownstreamOf"/>
/// compute them.
/// </summary>
public sealed record RegisteredModel : RadAiRecord
{
    /// <summary>Model id, e.g. "MDL-REC".</summary>
    public required string Id { get; init; }

    /// <summary>The element serving the model (usually an &lt;&lt;ML Model&gt;&gt;).</summary>
    [JsonPropertyName("model")]
    public required ElementRef Element { get; init; }

    /// <summary>Model name.</summary>
    public required string Name { get; init; }

    /// <summary>Its task, e.g. "Content ranking".</summary>
    public string? Task { get; init; }

    /// <summary>Its framework, e.g. "PyTorch".</summary>
    public string? Framework { get; init; }

    /// <summary>Its lifecycle status.</summary>
    public ModelStatus? Status { get; init; }

    /// <summary>How it serves, e.g. "Real-time + batch pre-compute".</summary>
    public string? ServingMode { get; init; }

    /// <summary>Its architectural role.</summary>
    public string? Purpose { get; init; }

    /// <summary>The team or person accountable for the model (answers for its metrics, retraining and incidents).</summary>
    public string? Owner { get; init; }

    /// <summary>Version history, oldest first; grow it with <see cref="ModelRegistry.AddVersion"/>.</summary>
    public EquatableList<ModelVersion> Versions { get; init; } = [];

    /// <summary>Hyperparameters; grow them with <see cref="ModelRegistry.AddHyperparameter"/>.</summary>
    public EquatableList<Hyperparameter> Hyperparameters { get; init; } = [];

    /// <summary>Training data lineage; grow it with <see cref="ModelRegistry.AddTrainingData"/>.</summary>
    public EquatableList<TrainingDataset> TrainingData { get; init; } = [];

    /// <summary>Performance baselines; grow them with <see cref="ModelRegistry.AddBaseline"/>.</summary>
    public EquatableList<PerformanceBaseline> Baselines { get; init; } = [];

    /// <summary>Architecture modules.</summary>
    public EquatableList<ArchitectureModule> Architecture { get; init; } = [];

    /// <summary>The model card.</summary>
    public ModelCard? Card { get; init; }

    /// <summary>
    /// The current version: the version the &lt;&lt;ML Model&gt;&gt; element states (<see cref="MlModel.Version"/>), or null
    /// when the element states none or is not an ML model. Set it on the element: <c>model.WithVersion("v12.4")</c>.
    /// </summary>
    [JsonIgnore]
    public string? CurrentVersion => Element.Element is { } element ? (element.Stereotyped() as MlModel)?.Version : null;

    /// <summary>
    /// The row of <see cref="Versions"/> for <see cref="CurrentVersion"/> ("v12.4" and "12.4" name the same version),
    /// or null when there is no current version or the history does not list it.
    /// </summary>
    [JsonIgnore]
    public ModelVersion? CurrentVersionEntry => CurrentVersion is { } current ? Versions.FirstOrDefault(v => ModelVersion.SameVersion(v.Version, current)) : null;

    /// <summary>
    /// The current version a workspace stored in the entry before the version lived on the element only; read, never
    /// written (the register moves it to the element or reports it when it is added).
    /// </summary>
    [JsonInclude]
    [JsonPropertyName("currentVersion")]
    internal string? StoredCurrentVersion { get; init; }

    /// <summary>"MDL-REC Recommendation Ensemble v12.4".</summary>
    public override string ToString() => CurrentVersion is { } version ? $"{Id} {Name} {version}" : $"{Id} {Name}";
}
