using System.Text.Json.Serialization;

namespace RadAi.Dsl;

/// <summary>A model health metric (E8): baseline, warning and critical thresholds, dashboard.</summary>
public sealed record HealthMetric : RadAiRecord
{
    /// <summary>The AI component (usually an &lt;&lt;ML Model&gt;&gt;) whose health is measured.</summary>
    [JsonPropertyName("model")]
    public required ElementRef Component { get; init; }

    /// <summary>The metric, e.g. "latency P95".</summary>
    public required string Metric { get; init; }

    /// <summary>Baseline value as stated.</summary>
    public string? Baseline { get; init; }

    /// <summary>Warning threshold.</summary>
    public required Threshold Warning { get; init; }

    /// <summary>Critical threshold.</summary>
    public required Threshold Critical { get; init; }

    /// <summary>Link to the dashboard.</summary>
    public string? Dashboard { get; init; }
}
