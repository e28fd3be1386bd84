namespace RadAi.Dsl;

/// <summary>Where a debt item stands: the well-known statuses or your own words (e.g. "In progress").</summary>
/// <param name="Name">The debt status as written.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(VocabularyConverter<DebtStatus>))]
public readonly record struct DebtStatus(string Name) : IVocabulary<DebtStatus>
{
    /// <summary>The debt status as written, trimmed.</summary>
    public string Name { get; } = Vocabulary.Name(Name, "debt status");

    /// <summary>Open.</summary>
    public static DebtStatus Open { get; } = new("Open");

    /// <summary>Mitigated.</summary>
    public static DebtStatus Mitigated { get; } = new("Mitigated");

    /// <summary>Accepted.</summary>
    public static DebtStatus Accepted { get; } = new("Accepted");

    /// <inheritdoc/>
    public static IReadOnlyList<DebtStatus> WellKnown { get; } = [Open, Mitigated, Accepted];

    /// <inheritdoc/>
    public static DebtStatus Parse(string text) => Vocabulary.Parse(text, static t => new DebtStatus(t));

    /// <summary>Whether this is one of the <see cref="WellKnown"/> values.</summary>
    public bool IsWellKnown => WellKnown.Contains(this);

    /// <summary>Equal when the names differ only in case, spacing or punctuation.</summary>
    public bool Equals(DebtStatus other) => Vocabulary.Same(Name, other.Name);

    /// <inheritdoc/>
    public override int GetHashCode() => Vocabulary.Hash(Name);

    /// <summary>The name as written.</summary>
    public override string ToString() => Name ?? string.Empty;
}
