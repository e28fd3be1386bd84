namespace RadAi.Dsl.Ai.ResponsibleAi;

/// <summary>A fairness metric of a model (E4): protected attributes, metric, target, current value, frequency.</summary>
/// <param name="Model">The model.</param>
/// <param name="ProtectedAttributes">Protected attributes, e.g. gender, age.</param>
/// <param name="Metric">The metric, e.g. "Demographic Parity".</param>
/// <param name="Target">The target, e.g. "gap &lt; 0.05".</param>
public sealed record FairnessMetric(ElementRef Model, EquatableList<string> ProtectedAttributes, string Metric, Threshold Target)
{
    /// <summary>The current value.</summary>
    public double? Current { get; init; }

    /// <summary>How often it is measured.</summary>
    public Freshness? Frequency { get; init; }
}
