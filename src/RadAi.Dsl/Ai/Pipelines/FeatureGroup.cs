namespace RadAi.Dsl;

/// <summary>A feature group of a feature store (E3).</summary>
public sealed record FeatureGroup : RadAiRecord
{
    /// <summary>Group name, e.g. "Member behavioural features".</summary>
    public required string Name { get; init; }

    /// <summary>Number of features as written ("200", "~1,000", "hundreds"; a lower bound when <see cref="FeatureCountIsLowerBound"/>); null when not stated.</summary>
    public StatedValue? FeatureCount { get; init; }

    /// <summary>Ids of the pipelines that fill it (must be in the inventory).</summary>
    public EquatableList<string> SourcePipelines { get; init; } = [];

    /// <summary>Refresh rate, often per mode: "online &lt; 5 s, offline daily".</summary>
    public required Freshness Refresh { get; init; }

    /// <summary>Models consuming it.</summary>
    public EquatableList<ElementRef> Consumers { get; init; } = [];

    /// <summary>Whether the count is "N+".</summary>
    public bool FeatureCountIsLowerBound { get; init; }

    /// <summary>The feature names, when listed.</summary>
    public EquatableList<string> Features { get; init; } = [];

    /// <summary>Sources besides pipelines, e.g. "catalog events".</summary>
    public string? SourceNote { get; init; }

    /// <summary>The feature store holding it.</summary>
    public ElementRef? Store { get; init; }
}
