namespace RadAi.Dsl;

/// <summary>The dataset characteristics of an AI-ADR.</summary>
public sealed record DatasetCharacteristics
{
    /// <summary>Training dataset size, e.g. "500K records".</summary>
    public string? Size { get; init; }

    /// <summary>Feature count, e.g. "~1,000+".</summary>
    public string? FeatureCount { get; init; }

    /// <summary>Class balance, e.g. "70/30".</summary>
    public string? ClassBalance { get; init; }

    /// <summary>Data freshness.</summary>
    public string? DataFreshness { get; init; }

    /// <summary>Known biases.</summary>
    public string? KnownBiases { get; init; }

    /// <summary>Further rows (e.g. "Task count", "Data sources").</summary>
    public EquatableList<NamedValue> Additional { get; init; } = [];
}
