namespace RadAi.Dsl;

/// <summary>Where sensitive data is anonymized and how its classification changes (C4-E2 privacy flow).</summary>
public sealed record PrivacyFlow : RadAiRecord
{
    /// <summary>The data element, e.g. "user_id".</summary>
    public required string DataElement { get; init; }

    /// <summary>Sensitivity at entry.</summary>
    public PrivacyClassification? SourceClassification { get; init; }

    /// <summary>Where anonymization happens, e.g. "hashed at ingestion".</summary>
    public string? AnonymizationPoint { get; init; }

    /// <summary>Sensitivity afterwards.</summary>
    public PrivacyClassification? DownstreamClassification { get; init; }

    /// <summary>How anonymization is done.</summary>
    public string? Method { get; init; }

    /// <summary>The element where anonymization happens, when modelled.</summary>
    public ElementRef? Element { get; init; }
}
