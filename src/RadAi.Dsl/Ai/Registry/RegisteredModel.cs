namespace RadAi.Dsl.Ai.Registry;

/// <summary>
/// A model in the model registry view (E2): inventory row plus details. Its upstream and downstream dependencies are
/// not stored: <see cref="ModelRegistry.UpstreamOf"/> and <see cref="ModelRegistry.DownstreamOf"/> compute them.
/// </summary>
/// <param name="Id">Model id, e.g. "MDL-REC".</param>
/// <param name="Model">The element serving the model (usually an &lt;&lt;ML Model&gt;&gt;).</param>
/// <param name="Name">Model name.</param>
/// <param name="Task">Its task, e.g. "Content ranking".</param>
/// <param name="Framework">Its framework, e.g. "PyTorch".</param>
/// <param name="CurrentVersion">The current version.</param>
/// <param name="Status">Its lifecycle status.</param>
public sealed record RegisteredModel(string Id, ElementRef Model, string Name, string Task, string Framework, string CurrentVersion, ModelStatus Status)
{
    /// <summary>How it serves, e.g. "Real-time + batch pre-compute".</summary>
    public string? ServingMode { get; init; }

    /// <summary>Its architectural role.</summary>
    public string? Purpose { get; init; }

    /// <summary>The team or person accountable for the model (answers for its metrics, retraining and incidents).</summary>
    public string? Owner { get; init; }

    /// <summary>Version history, oldest first.</summary>
    public EquatableList<ModelVersion> Versions { get; init; } = [];

    /// <summary>Hyperparameters.</summary>
    public EquatableList<Hyperparameter> Hyperparameters { get; init; } = [];

    /// <summary>Training data lineage.</summary>
    public EquatableList<TrainingDataset> TrainingData { get; init; } = [];

    /// <summary>Performance baselines.</summary>
    public EquatableList<PerformanceBaseline> Baselines { get; init; } = [];

    /// <summary>Architecture modules.</summary>
    public EquatableList<ArchitectureModule> Architecture { get; init; } = [];

    /// <summary>The model card.</summary>
    public ModelCard? Card { get; init; }

    /// <summary>"MDL-REC Recommendation Ensemble v12.4".</summary>
    public override string ToString() => $"{Id} {Name} {CurrentVersion}";
}
