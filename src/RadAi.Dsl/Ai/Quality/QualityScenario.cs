namespace RadAi.Dsl;

/// <summary>An AI quality scenario (E6): source, stimulus, artifact(s), environment, response, response measure.</summary>
public sealed record QualityScenario : RadAiRecord
{
    /// <summary>Scenario id, e.g. "QS-01".</summary>
    public required string Id { get; init; }

    /// <summary>The quality attribute.</summary>
    public required QualityAttribute Attribute { get; init; }

    /// <summary>Who or what generates the stimulus.</summary>
    public string? Source { get; init; }

    /// <summary>What happens.</summary>
    public required string Stimulus { get; init; }

    /// <summary>The element(s) stimulated (one or more).</summary>
    public EquatableList<ElementRef> Artifacts { get; init; } = [];

    /// <summary>Under which conditions.</summary>
    public string? Environment { get; init; }

    /// <summary>What the system does.</summary>
    public required string Response { get; init; }

    /// <summary>How the response is measured.</summary>
    public string? ResponseMeasure { get; init; }

    /// <summary>A short title, e.g. "Recommendation model after content launch".</summary>
    public string? Title { get; init; }

    /// <summary>Extra words about the artifact, e.g. "serving infrastructure".</summary>
    public string? ArtifactNote { get; init; }

    /// <summary>Priority.</summary>
    public Priority? Priority { get; init; }

    /// <summary>Where the scenario comes from, e.g. "Public" or "Inferred from the Flink architecture".</summary>
    public string? Provenance { get; init; }

    /// <summary>"QS-01 Model Freshness".</summary>
    public override string ToString() => Id + " " + Attribute;
}
