namespace RadAi.Dsl.Ai.Lineage;

/// <summary>Where sensitive data is anonymized and how its classification changes (C4-E2 privacy flow).</summary>
/// <param name="DataElement">The data element, e.g. "user_id".</param>
/// <param name="SourceClassification">Sensitivity at entry.</param>
/// <param name="AnonymizationPoint">Where anonymization happens, e.g. "hashed at ingestion".</param>
/// <param name="DownstreamClassification">Sensitivity afterwards.</param>
public sealed record PrivacyFlow(string DataElement, PrivacyClassification SourceClassification, string AnonymizationPoint, PrivacyClassification DownstreamClassification)
{
    /// <summary>How anonymization is done.</summary>
    public string? Method { get; init; }

    /// <summary>The element where anonymization happens, when modelled.</summary>
    public ElementRef? Element { get; init; }
}
