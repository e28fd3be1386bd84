namespace RadAi.Dsl.Ai.ResponsibleAi;

/// <summary>
/// One cell of the E4 concern matrix: a component's metric, threshold, frequency and owner for one concern.
/// Stored as a Structurizr perspective on the component (name = concern, description = metric, value = threshold),
/// with frequency and owner in <c>radai:e4.&lt;concern&gt;.frequency</c> / <c>.owner</c> properties.
/// </summary>
/// <param name="Component">The component.</param>
/// <param name="Concern">The concern.</param>
/// <param name="Metric">What is measured, e.g. "genre entropy per recommendation set".</param>
/// <param name="Threshold">The acceptable limit.</param>
/// <param name="Frequency">How often it is measured.</param>
/// <param name="Owner">Who owns it.</param>
public sealed record ConcernEntry(ElementRef Component, Concern Concern, string Metric, Threshold? Threshold = null, Freshness? Frequency = null, string? Owner = null);
