using System.Text.Json.Serialization;

namespace RadAi.Dsl;

/// <summary>A fairness metric of a model (E4): protected attributes, metric, target, current value, frequency.</summary>
public sealed record FairnessMetric : RadAiRecord
{
    /// <summary>The AI component (usually an &lt;&lt;ML Model&gt;&gt;) whose fairness is measured.</summary>
    [JsonPropertyName("model")]
    public required ElementRef Component { get; init; }

    /// <summary>Protected attributes, e.g. gender, age.</summary>
    public EquatableList<string> ProtectedAttributes { get; init; } = [];

    /// <summary>The metric, e.g. "Demographic Parity".</summary>
    public required string Metric { get; init; }

    /// <summary>The target, e.g. "gap &lt; 0.05".</summary>
    public required Threshold Target { get; init; }

    /// <summary>The current value.</summary>
    public double? Current { get; init; }

    /// <summary>How often it is measured.</summary>
    public Freshness? Frequency { get; init; }
}
