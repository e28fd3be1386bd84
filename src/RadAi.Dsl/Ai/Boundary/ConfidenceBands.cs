using System.Text.Json.Serialization;

namespace RadAi.Dsl;

/// <summary>A confidence band: a range and what the system does in it.</summary>
/// <param name="Range">The confidence range.</param>
/// <param name="Action">What happens, e.g. "auto-accept".</param>
public sealed record ConfidenceBand(ConfidenceRange Range, string Action);

/// <summary>
/// The four confidence bands of a model (C4-E3 confidence thresholds): high, medium, low, rejection.
/// <see cref="NonDeterminismBoundary.AddBands"/> checks that they do not overlap and descend from high to rejection.
/// </summary>
public sealed record ConfidenceBands : RadAiRecord
{
    /// <summary>The AI component (usually an &lt;&lt;ML Model&gt;&gt;) whose confidence the bands divide.</summary>
    [JsonPropertyName("model")]
    public required ElementRef Component { get; init; }

    /// <summary>High confidence.</summary>
    public required ConfidenceBand High { get; init; }

    /// <summary>Medium confidence.</summary>
    public required ConfidenceBand Medium { get; init; }

    /// <summary>Low confidence.</summary>
    public required ConfidenceBand Low { get; init; }

    /// <summary>Rejection / fallback.</summary>
    public required ConfidenceBand Rejection { get; init; }

    /// <summary>The band a confidence value falls in, or null in a gap between bands.</summary>
    public ConfidenceBand? BandOf(double confidence)
        => new[] { High, Medium, Low, Rejection }.FirstOrDefault(b => b.Range.Contains(confidence));

    /// <summary>Throws unless every band is given and they descend from high to rejection without overlapping.</summary>
    /// <exception cref="ArgumentNullException">A band is missing.</exception>
    /// <exception cref="ArgumentException">Bands out of order or overlapping.</exception>
    internal void RequireOrdered()
    {
        ArgumentNullException.ThrowIfNull(High);
        ArgumentNullException.ThrowIfNull(Medium);
        ArgumentNullException.ThrowIfNull(Low);
        ArgumentNullException.ThrowIfNull(Rejection);
        var ordered = new[] { ("rejection", Rejection), ("low", Low), ("medium", Medium), ("high", High) };
        for (var i = 1; i < ordered.Length; i++)
            if (ordered[i].Item2.Range.Min < ordered[i - 1].Item2.Range.Max)
                throw new ArgumentException($"Confidence bands of '{Component}': the {ordered[i].Item1} band ({ordered[i].Item2.Range}) overlaps or lies below the {ordered[i - 1].Item1} band ({ordered[i - 1].Item2.Range}).");
    }
}
