namespace RadAi.Dsl;

/// <summary>
/// An ML technical debt category: RAD-AI's seven, each with its id prefix ("EN" for entanglement), or your own words
/// (e.g. "Security Debt"), whose items use a two-letter prefix of your choosing.
/// </summary>
/// <param name="Name">The category as written, e.g. "Hidden Feedback Loops".</param>
[System.Text.Json.Serialization.JsonConverter(typeof(VocabularyConverter<DebtCategory>))]
public readonly record struct DebtCategory(string Name) : IVocabulary<DebtCategory>
{
    /// <summary>The category as written, trimmed.</summary>
    public string Name { get; } = Vocabulary.Name(Name, "debt category");

    /// <summary>BE: boundaries between ML components and the rest blur.</summary>
    public static DebtCategory BoundaryErosion { get; } = new("Boundary Erosion");

    /// <summary>EN: changing anything changes everything.</summary>
    public static DebtCategory Entanglement { get; } = new("Entanglement");

    /// <summary>FL: model outputs feed future training data.</summary>
    public static DebtCategory HiddenFeedbackLoops { get; } = new("Hidden Feedback Loops");

    /// <summary>DD: unstable or poorly understood data dependencies.</summary>
    public static DebtCategory DataDependency { get; } = new("Data Dependency Debt");

    /// <summary>PD: fragile, complex pipelines.</summary>
    public static DebtCategory Pipeline { get; } = new("Pipeline Debt");

    /// <summary>CD: sprawling configuration.</summary>
    public static DebtCategory Configuration { get; } = new("Configuration Debt");

    /// <summary>MS: models not retrained despite drift.</summary>
    public static DebtCategory ModelStaleness { get; } = new("Model Staleness");

    /// <summary>RAD-AI's seven categories, in the template's order.</summary>
    public static IReadOnlyList<DebtCategory> WellKnown { get; } =
        [BoundaryErosion, Entanglement, HiddenFeedbackLoops, DataDependency, Pipeline, Configuration, ModelStaleness];

    private static readonly string[] Prefixes = ["BE", "EN", "FL", "DD", "PD", "CD", "MS"];

    // The names convention version 1 stored (the enum's member names).
    private static readonly string[] StoredNames = ["BoundaryErosion", "Entanglement", "HiddenFeedbackLoops", "DataDependency", "Pipeline", "Configuration", "ModelStaleness"];

    /// <inheritdoc/>
    public static DebtCategory Parse(string text)
        => Vocabulary.Parse(text, static t => new DebtCategory(t), static c => StoredNames[IndexOf(c)]);

    /// <summary>The id prefix of a well-known category (BE, EN, FL, DD, PD, CD, MS); null for a category of your own.</summary>
    public string? Prefix => IndexOf(this) is var i and >= 0 ? Prefixes[i] : null;

    /// <summary>Whether this is one of RAD-AI's seven categories.</summary>
    public bool IsWellKnown => IndexOf(this) >= 0;

    /// <summary>The well-known category whose prefix an id starts with ("EN-001" → entanglement), or null.</summary>
    public static DebtCategory? FromId(string id)
    {
        for (var i = 0; i < Prefixes.Length; i++)
            if (id?.StartsWith(Prefixes[i] + "-", StringComparison.Ordinal) == true) return WellKnown[i];
        return null;
    }

    private static int IndexOf(DebtCategory category)
    {
        for (var i = 0; i < WellKnown.Count; i++)
            if (WellKnown[i].Equals(category)) return i;
        return -1;
    }

    /// <summary>Equal when the names differ only in case, spacing or punctuation.</summary>
    public bool Equals(DebtCategory other) => Vocabulary.Same(Name, other.Name);

    /// <inheritdoc/>
    public override int GetHashCode() => Vocabulary.Hash(Name);

    /// <summary>The name as written.</summary>
    public override string ToString() => Name ?? string.Empty;
}
