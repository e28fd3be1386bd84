using System.Text.Json.Serialization;

namespace RadAi.Dsl;

/// <summary>
/// A confidence gate (C4-E3): routes a model's output by a threshold, e.g. CG-1 at 0.60 with fallback routing.
/// <see cref="NonDeterminismBoundary.AddGate"/> checks that the threshold lies within [0, 1].
/// </summary>
public sealed record ConfidenceGate : RadAiRecord
{
    /// <summary>Gate id, e.g. "CG-1".</summary>
    public required string Id { get; init; }

    /// <summary>The AI component (usually an &lt;&lt;ML Model&gt;&gt;) whose output it gates.</summary>
    [JsonPropertyName("model")]
    public required ElementRef Component { get; init; }

    /// <summary>Confidence threshold in [0, 1]; below it the fallback acts.</summary>
    public required double Threshold { get; init; }

    /// <summary>What happens below the threshold, e.g. "fallback routing".</summary>
    public required string ActionBelow { get; init; }

    /// <summary>What happens at or above it (default: the ML output is used).</summary>
    public string? ActionAbove { get; init; }

    /// <summary>The element implementing the gate, when modelled.</summary>
    public ElementRef? Gate { get; init; }

    /// <summary>The fallback element used below the threshold.</summary>
    public ElementRef? Fallback { get; init; }

    /// <summary>"CG-1 (Recommendation Models, 0.60)".</summary>
    public override string ToString() => $"{Id} ({Component}, {ConfidenceRange.Format(Threshold)})";

    /// <summary>Throws unless the threshold lies within [0, 1].</summary>
    /// <exception cref="ArgumentOutOfRangeException">Threshold outside [0, 1].</exception>
    internal void RequireThresholdInRange()
    {
        if (double.IsNaN(Threshold) || Threshold < 0 || Threshold > 1)
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, $"Confidence gate {Id}: threshold {Threshold} must lie within [0, 1].");
    }
}
