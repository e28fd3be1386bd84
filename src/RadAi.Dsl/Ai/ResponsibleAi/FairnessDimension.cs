namespace RadAi.Dsl;

/// <summary>A fairness dimension (E4): what fairness means here, which models it touches and how it is measured.</summary>
public sealed record FairnessDimension : RadAiRecord
{
    /// <summary>Dimension, e.g. "Geographic equity".</summary>
    public required string Name { get; init; }

    /// <summary>What it requires.</summary>
    public string? Description { get; init; }

    /// <summary>Models it applies to.</summary>
    public EquatableList<ElementRef> AffectedModels { get; init; } = [];

    /// <summary>How it is measured.</summary>
    public string? MeasurementApproach { get; init; }
}
