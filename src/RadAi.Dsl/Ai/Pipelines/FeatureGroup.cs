namespace RadAi.Dsl.Ai.Pipelines;

/// <summary>A feature group of a feature store (E3).</summary>
/// <param name="Name">Group name, e.g. "Member behavioural features".</param>
/// <param name="FeatureCount">Number of features (a lower bound when <see cref="FeatureCountIsLowerBound"/>).</param>
/// <param name="SourcePipelines">Ids of the pipelines that fill it (must be in the inventory).</param>
/// <param name="Refresh">Refresh rate, often per mode: "online &lt; 5 s, offline daily".</param>
/// <param name="Consumers">Models consuming it.</param>
public sealed record FeatureGroup(string Name, int FeatureCount, EquatableList<string> SourcePipelines, Freshness Refresh, EquatableList<ElementRef> Consumers)
{
    /// <summary>Whether the count is "N+".</summary>
    public bool FeatureCountIsLowerBound { get; init; }

    /// <summary>The feature names, when listed.</summary>
    public EquatableList<string> Features { get; init; } = [];

    /// <summary>Sources besides pipelines, e.g. "catalog events".</summary>
    public string? SourceNote { get; init; }

    /// <summary>The feature store holding it.</summary>
    public ElementRef? Store { get; init; }
}
