namespace RadAi.Dsl;

/// <summary>A deterministic fallback for a model (the example's FB1–FB4).</summary>
public sealed record FallbackStrategy : RadAiRecord
{
    /// <summary>Fallback id, e.g. "FB1".</summary>
    public required string Id { get; init; }

    /// <summary>Its name, e.g. "Popularity-based ranking".</summary>
    public required string Name { get; init; }

    /// <summary>The model it replaces.</summary>
    public required ElementRef For { get; init; }

    /// <summary>When it takes over.</summary>
    public string? Trigger { get; init; }

    /// <summary>What it does.</summary>
    public string? Behavior { get; init; }

    /// <summary>What it cannot do.</summary>
    public string? Limitations { get; init; }

    /// <summary>How users experience it.</summary>
    public string? UserExperience { get; init; }

    /// <summary>The element implementing it, when modelled.</summary>
    public ElementRef? Element { get; init; }
}
