namespace RadAi.Dsl;

/// <summary>A quality attribute's definition and why it matters here (E6).</summary>
/// <param name="Attribute">The attribute.</param>
/// <param name="Definition">What it means.</param>
/// <param name="WhyItMatters">Why it matters for this system.</param>
public sealed record QualityAttributeDefinition(QualityAttribute Attribute, string Definition, string WhyItMatters) : RadAiRecord;
