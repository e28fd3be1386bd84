namespace RadAi.Dsl;

/// <summary>How one category of data is protected (E4 privacy).</summary>
/// <param name="Category">Data category, e.g. "Viewing history".</param>
/// <param name="Handling">Protection measures.</param>
public sealed record DataProtection(string Category, string? Handling = null) : RadAiRecord
{
    /// <summary>Classification, e.g. "Personal", "Anonymized".</summary>
    public string? Classification { get; init; }

    /// <summary>How the data is used in ML.</summary>
    public string? UsageInMl { get; init; }

    /// <summary>Retention, e.g. "2 years".</summary>
    public string? Retention { get; init; }

    /// <summary>Legal basis, e.g. "GDPR Art. 6(1)(f)".</summary>
    public string? LegalBasis { get; init; }
}
