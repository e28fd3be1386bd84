namespace RadAi.Dsl.Ai.Boundary;

/// <summary>A deterministic fallback for a model (the example's FB1–FB4).</summary>
/// <param name="Id">e.g. "FB1".</param>
/// <param name="Name">e.g. "Popularity-based ranking".</param>
/// <param name="For">The model it replaces.</param>
/// <param name="Trigger">When it takes over.</param>
/// <param name="Behavior">What it does.</param>
public sealed record FallbackStrategy(string Id, string Name, ElementRef For, string Trigger, string Behavior)
{
    /// <summary>What it cannot do.</summary>
    public string? Limitations { get; init; }

    /// <summary>How users experience it.</summary>
    public string? UserExperience { get; init; }

    /// <summary>The element implementing it, when modelled.</summary>
    public ElementRef? Element { get; init; }
}
