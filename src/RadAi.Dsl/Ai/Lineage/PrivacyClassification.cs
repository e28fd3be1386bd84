namespace RadAi.Dsl;

/// <summary>How sensitive data is: the four well-known classes or your own words (e.g. "Sensitive", "Special category (GDPR Art. 9)").</summary>
/// <param name="Name">The privacy classification as written.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(VocabularyConverter<PrivacyClassification>))]
public readonly record struct PrivacyClassification(string Name) : IVocabulary<PrivacyClassification>
{
    /// <summary>The privacy classification as written, trimmed.</summary>
    public string Name { get; } = Vocabulary.Name(Name, "privacy classification");

    /// <summary>Public.</summary>
    public static PrivacyClassification Public { get; } = new("Public");

    /// <summary>Internal.</summary>
    public static PrivacyClassification Internal { get; } = new("Internal");

    /// <summary>Confidential.</summary>
    public static PrivacyClassification Confidential { get; } = new("Confidential");

    /// <summary>Restricted.</summary>
    public static PrivacyClassification Restricted { get; } = new("Restricted");

    /// <inheritdoc/>
    public static IReadOnlyList<PrivacyClassification> WellKnown { get; } = [Public, Internal, Confidential, Restricted];

    /// <inheritdoc/>
    public static PrivacyClassification Parse(string text) => Vocabulary.Parse(text, static t => new PrivacyClassification(t));

    /// <summary>Whether this is one of the <see cref="WellKnown"/> values.</summary>
    public bool IsWellKnown => WellKnown.Contains(this);

    /// <summary>Equal when the names differ only in case, spacing or punctuation.</summary>
    public bool Equals(PrivacyClassification other) => Vocabulary.Same(Name, other.Name);

    /// <inheritdoc/>
    public override int GetHashCode() => Vocabulary.Hash(Name);

    /// <summary>The name as written.</summary>
    public override string ToString() => Name ?? string.Empty;
}
