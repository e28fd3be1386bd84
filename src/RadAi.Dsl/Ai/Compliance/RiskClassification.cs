namespace RadAi.Dsl;

/// <summary>An EU AI Act risk class: the four well-known classes or your own words (e.g. "High (Annex III 5(b))").</summary>
/// <param name="Name">The risk classification as written.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(VocabularyConverter<RiskClassification>))]
public readonly record struct RiskClassification(string Name) : IVocabulary<RiskClassification>
{
    /// <summary>The risk classification as written, trimmed.</summary>
    public string Name { get; } = Vocabulary.Name(Name, "risk classification");

    /// <summary>Prohibited practice (Art. 5).</summary>
    public static RiskClassification Unacceptable { get; } = new("Unacceptable");

    /// <summary>High-risk (Art. 6, Annex III).</summary>
    public static RiskClassification High { get; } = new("High");

    /// <summary>Limited risk: transparency obligations (Art. 50).</summary>
    public static RiskClassification Limited { get; } = new("Limited");

    /// <summary>Minimal risk.</summary>
    public static RiskClassification Minimal { get; } = new("Minimal");

    /// <inheritdoc/>
    public static IReadOnlyList<RiskClassification> WellKnown { get; } = [Unacceptable, High, Limited, Minimal];

    /// <inheritdoc/>
    public static RiskClassification Parse(string text) => Vocabulary.Parse(text, static t => new RiskClassification(t));

    /// <summary>Whether this is one of the <see cref="WellKnown"/> values.</summary>
    public bool IsWellKnown => WellKnown.Contains(this);

    /// <summary>Equal when the names differ only in case, spacing or punctuation.</summary>
    public bool Equals(RiskClassification other) => Vocabulary.Same(Name, other.Name);

    /// <inheritdoc/>
    public override int GetHashCode() => Vocabulary.Hash(Name);

    /// <summary>The name as written.</summary>
    public override string ToString() => Name ?? string.Empty;
}
