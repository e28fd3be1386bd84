namespace RadAi.Dsl.Ai.Quality;

/// <summary>An AI quality scenario (E6): source, stimulus, artifact(s), environment, response, response measure.</summary>
/// <param name="Id">Scenario id, e.g. "QS-01".</param>
/// <param name="Attribute">The quality attribute.</param>
/// <param name="Source">Who or what generates the stimulus.</param>
/// <param name="Stimulus">What happens.</param>
/// <param name="Artifacts">The element(s) stimulated (one or more).</param>
/// <param name="Environment">Under which conditions.</param>
/// <param name="Response">What the system does.</param>
/// <param name="ResponseMeasure">How the response is measured.</param>
public sealed record QualityScenario(string Id, QualityAttribute Attribute, string Source, string Stimulus, EquatableList<ElementRef> Artifacts,
    string Environment, string Response, string ResponseMeasure)
{
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
