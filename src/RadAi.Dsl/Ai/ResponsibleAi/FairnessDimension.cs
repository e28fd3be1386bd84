namespace RadAi.Dsl.Ai.ResponsibleAi;

/// <summary>A fairness dimension (E4): what fairness means here, which models it touches and how it is measured.</summary>
/// <param name="Name">Dimension, e.g. "Geographic equity".</param>
/// <param name="Description">What it requires.</param>
/// <param name="AffectedModels">Models it applies to.</param>
/// <param name="MeasurementApproach">How it is measured.</param>
public sealed record FairnessDimension(string Name, string Description, EquatableList<ElementRef> AffectedModels, string MeasurementApproach);
