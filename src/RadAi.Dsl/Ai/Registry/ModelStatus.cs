namespace RadAi.Dsl;

/// <summary>Where a model (or a version of it) is in its lifecycle: the well-known stages or your own words (e.g. "Shadow").</summary>
/// <param name="Name">The model status as written.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(VocabularyConverter<ModelStatus>))]
public readonly record struct ModelStatus(string Name) : IVocabulary<ModelStatus>
{
    /// <summary>The model status as written, trimmed.</summary>
    public string Name { get; } = Vocabulary.Name(Name, "model status");

    /// <summary>Being explored.</summary>
    public static ModelStatus Exploration { get; } = new("Exploration");

    /// <summary>Being developed.</summary>
    public static ModelStatus Development { get; } = new("Development");

    /// <summary>Under experimentation.</summary>
    public static ModelStatus Experimentation { get; } = new("Experimentation");

    /// <summary>Being trained.</summary>
    public static ModelStatus Training { get; } = new("Training");

    /// <summary>Under evaluation.</summary>
    public static ModelStatus Evaluation { get; } = new("Evaluation");

    /// <summary>Passed offline evaluation.</summary>
    public static ModelStatus Candidate { get; } = new("Candidate");

    /// <summary>Serving a small traffic share.</summary>
    public static ModelStatus Canary { get; } = new("Canary");

    /// <summary>In staging.</summary>
    public static ModelStatus Staging { get; } = new("Staging");

    /// <summary>In production.</summary>
    public static ModelStatus Production { get; } = new("Production");

    /// <summary>Deprecated.</summary>
    public static ModelStatus Deprecated { get; } = new("Deprecated");

    /// <summary>Retired.</summary>
    public static ModelStatus Retired { get; } = new("Retired");

    /// <inheritdoc/>
    public static IReadOnlyList<ModelStatus> WellKnown { get; } = [Exploration, Development, Experimentation, Training, Evaluation, Candidate, Canary, Staging, Production, Deprecated, Retired];

    /// <inheritdoc/>
    public static ModelStatus Parse(string text) => Vocabulary.Parse(text, static t => new ModelStatus(t));

    /// <summary>Whether this is one of the <see cref="WellKnown"/> values.</summary>
    public bool IsWellKnown => WellKnown.Contains(this);

    /// <summary>Equal when the names differ only in case, spacing or punctuation.</summary>
    public bool Equals(ModelStatus other) => Vocabulary.Same(Name, other.Name);

    /// <inheritdoc/>
    public override int GetHashCode() => Vocabulary.Hash(Name);

    /// <summary>The name as written.</summary>
    public override string ToString() => Name ?? string.Empty;
}
