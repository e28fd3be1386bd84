namespace RadAi.Dsl;

/// <summary>A performance baseline of a model (E2): baseline, current value, alert threshold.</summary>
/// <param name="Metric">The metric, e.g. "Accuracy".</param>
public sealed record PerformanceBaseline(string Metric) : RadAiRecord
{
    /// <summary>What the metric measures.</summary>
    public string? Description { get; init; }

    /// <summary>The baseline value as written ("0.94", "MAE 2.1 min", "~180 ms").</summary>
    public StatedValue? Baseline { get; init; }

    /// <summary>The current value as written.</summary>
    public StatedValue? Current { get; init; }

    /// <summary>When to alert, e.g. "&lt; 0.85", or words where none is disclosed.</summary>
    public Threshold? AlertThreshold { get; init; }
}
