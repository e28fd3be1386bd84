namespace RadAi.Dsl.Ai.Boundary;

/// <summary>A confidence gate (C4-E3): routes a model's output by a threshold, e.g. CG-1 at 0.60 with fallback routing.</summary>
public sealed record ConfidenceGate
{
    /// <summary>Creates a gate.</summary>
    /// <param name="id">Gate id, e.g. "CG-1".</param>
    /// <param name="model">The model whose output it gates.</param>
    /// <param name="threshold">Confidence threshold in [0, 1]; below it the fallback acts.</param>
    /// <param name="actionBelow">What happens below the threshold, e.g. "fallback routing".</param>
    /// <exception cref="ArgumentOutOfRangeException">Threshold outside [0, 1].</exception>
    public ConfidenceGate(string id, ElementRef model, double threshold, string actionBelow)
    {
        if (double.IsNaN(threshold) || threshold < 0 || threshold > 1)
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, $"Confidence gate {id}: threshold {threshold} must lie within [0, 1].");
        Id = id;
        Model = model;
        Threshold = threshold;
        ActionBelow = actionBelow;
    }

    /// <summary>Gate id.</summary>
    public string Id { get; }

    /// <summary>The gated model.</summary>
    public ElementRef Model { get; }

    /// <summary>Confidence threshold.</summary>
    public double Threshold { get; }

    /// <summary>What happens below the threshold.</summary>
    public string ActionBelow { get; }

    /// <summary>What happens at or above it (default: the ML output is used).</summary>
    public string? ActionAbove { get; init; }

    /// <summary>The element implementing the gate, when modelled.</summary>
    public ElementRef? Gate { get; init; }

    /// <summary>The fallback element used below the threshold.</summary>
    public ElementRef? Fallback { get; init; }

    /// <summary>"CG-1 (Recommendation Models, 0.60)".</summary>
    public override string ToString() => $"{Id} ({Model}, {ConfidenceRange.Format(Threshold)})";
}
