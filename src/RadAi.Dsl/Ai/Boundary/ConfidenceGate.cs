using System.Text.Json.Serialization;

namespace RadAi.Dsl;

/// <summary>
/// A confidence gate (C4-E3): routes a model's output on a metric. State what the source states and nothing more:
/// one confidence threshold (<see cref="Threshold"/>, e.g. CG-1 at 0.60 with fallback routing below), several
/// thresholds on any metric (<see cref="Thresholds"/>: accept / human review / reject), or a rule in words
/// (<see cref="Rule"/>: "MAE-based, per market"). None is required: an unstated threshold stays unstated.
/// <see cref="NonDeterminismBoundary.AddGate"/> checks that a confidence threshold lies within [0, 1].
/// </summary>
public sealed record ConfidenceGate : RadAiRecord
{
    /// <summary>Gate id, e.g. "CG-1".</summary>
    public required string Id { get; init; }

    /// <summary>The AI component (usually an &lt;&lt;ML Model&gt;&gt;) whose output it gates.</summary>
    [JsonPropertyName("model")]
    public required ElementRef Component { get; init; }

    /// <summary>The metric the gate routes on, e.g. "MAE" or "AUC"; null when it is the model's confidence or not stated.</summary>
    public string? Metric { get; init; }

    /// <summary>A single confidence threshold in [0, 1]: below it <see cref="ActionBelow"/> acts; null when not stated.</summary>
    public double? Threshold { get; init; }

    /// <summary>Thresholds on any metric, in the order they are checked, each with its action (accept / human review / reject).</summary>
    public EquatableList<GateThreshold> Thresholds { get; init; } = [];

    /// <summary>The routing rule in words when the source states no number, e.g. "MAE-based, per market".</summary>
    public string? Rule { get; init; }

    /// <summary>What happens below <see cref="Threshold"/>, e.g. "fallback routing".</summary>
    public string? ActionBelow { get; init; }

    /// <summary>What happens at or above <see cref="Threshold"/>.</summary>
    public string? ActionAbove { get; init; }

    /// <summary>The element implementing the gate, when modelled.</summary>
    public ElementRef? Gate { get; init; }

    /// <summary>The fallback element used below the threshold.</summary>
    public ElementRef? Fallback { get; init; }

    /// <summary>
    /// The action for a measured value: the first of <see cref="Thresholds"/> it crosses, else <see cref="ActionAbove"/>
    /// or <see cref="ActionBelow"/> by <see cref="Threshold"/>; null when no stated threshold decides.
    /// </summary>
    public string? ActionFor(double measured)
    {
        foreach (var t in Thresholds)
            if (t.When.IsCrossedBy(measured)) return t.Action;
        return Threshold is { } limit ? (measured >= limit ? ActionAbove : ActionBelow) : null;
    }

    /// <summary>The routing as written: the confidence threshold, the thresholds with their actions, or the rule; null when none is stated.</summary>
    public string? Routing
    {
        get
        {
            var parts = new List<string>();
            if (Threshold is { } t) parts.Add(ConfidenceRange.Format(t));
            parts.AddRange(Thresholds.Select(x => x.ToString()));
            if (Rule is not null) parts.Add(Rule);
            return parts.Count == 0 ? null : string.Join("; ", parts);
        }
    }

    /// <summary>"CG-1 (Recommendation Models, 0.60)"; the model alone when no routing is stated.</summary>
    public override string ToString() => Routing is { } r ? $"{Id} ({Component}, {r})" : $"{Id} ({Component})";

    /// <summary>Throws unless a stated confidence threshold lies within [0, 1] and every threshold has an action.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Threshold outside [0, 1].</exception>
    /// <exception cref="ModelException">A threshold without a limit or an action.</exception>
    internal void RequireThresholdInRange()
    {
        if (Threshold is { } t && (double.IsNaN(t) || t < 0 || t > 1))
            throw new ArgumentOutOfRangeException(nameof(Threshold), t, $"Confidence gate {Id}: threshold {t} must lie within [0, 1].");
        ArgumentNullException.ThrowIfNull(Thresholds, nameof(Thresholds));
        foreach (var x in Thresholds)
            if (x is null || x.When is null || string.IsNullOrWhiteSpace(x.Action))
                throw new ModelException($"Confidence gate {Id}: every threshold needs a limit and an action, e.g. new GateThreshold(Threshold.Parse(\"confidence >= 0.85\"), \"accept\").");
    }
}
