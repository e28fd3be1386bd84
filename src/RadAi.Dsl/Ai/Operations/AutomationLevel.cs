namespace RadAi.Dsl;

/// <summary>How automated a procedure is: the well-known levels or your own words (e.g. "Automated with manual sign-off").</summary>
/// <param name="Name">The automation level as written.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(VocabularyConverter<AutomationLevel>))]
public readonly record struct AutomationLevel(string Name) : IVocabulary<AutomationLevel>
{
    /// <summary>The automation level as written, trimmed.</summary>
    public string Name { get; } = Vocabulary.Name(Name, "automation level");

    /// <summary>Fully automated.</summary>
    public static AutomationLevel Full { get; } = new("Full");

    /// <summary>Partly automated.</summary>
    public static AutomationLevel Semi { get; } = new("Semi");

    /// <summary>Manual.</summary>
    public static AutomationLevel Manual { get; } = new("Manual");

    /// <inheritdoc/>
    public static IReadOnlyList<AutomationLevel> WellKnown { get; } = [Full, Semi, Manual];

    /// <inheritdoc/>
    public static AutomationLevel Parse(string text) => Vocabulary.Parse(text, static t => new AutomationLevel(t));

    /// <summary>Whether this is one of the <see cref="WellKnown"/> values.</summary>
    public bool IsWellKnown => WellKnown.Contains(this);

    /// <summary>Equal when the names differ only in case, spacing or punctuation.</summary>
    public bool Equals(AutomationLevel other) => Vocabulary.Same(Name, other.Name);

    /// <inheritdoc/>
    public override int GetHashCode() => Vocabulary.Hash(Name);

    /// <summary>The name as written.</summary>
    public override string ToString() => Name ?? string.Empty;
}
