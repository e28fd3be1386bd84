namespace RadAi.Dsl.Ai.Boundary;

/// <summary>A confidence band: a range and what the system does in it.</summary>
/// <param name="Range">The confidence range.</param>
/// <param name="Action">What happens, e.g. "auto-accept".</param>
public sealed record ConfidenceBand(ConfidenceRange Range, string Action);

/// <summary>The four confidence bands of a model (C4-E3 confidence thresholds): high, medium, low, rejection.</summary>
public sealed record ConfidenceBands
{
    /// <summary>Creates the bands; they must not overlap and must descend from high to rejection.</summary>
    /// <exception cref="ArgumentException">Bands out of order or overlapping.</exception>
    public ConfidenceBands(ElementRef model, ConfidenceBand high, ConfidenceBand medium, ConfidenceBand low, ConfidenceBand rejection)
    {
        Model = model;
        High = high ?? throw new ArgumentNullException(nameof(high));
        Medium = medium ?? throw new ArgumentNullException(nameof(medium));
        Low = low ?? throw new ArgumentNullException(nameof(low));
        Rejection = rejection ?? throw new ArgumentNullException(nameof(rejection));
        var ordered = new[] { ("rejection", rejection), ("low", low), ("medium", medium), ("high", high) };
        for (var i = 1; i < ordered.Length; i++)
            if (ordered[i].Item2.Range.Min < ordered[i - 1].Item2.Range.Max)
                throw new ArgumentException($"Confidence bands of '{model}': the {ordered[i].Item1} band ({ordered[i].Item2.Range}) overlaps or lies below the {ordered[i - 1].Item1} band ({ordered[i - 1].Item2.Range}).");
    }

    /// <summary>The model.</summary>
    public ElementRef Model { get; }

    /// <summary>High confidence.</summary>
    public ConfidenceBand High { get; }

    /// <summary>Medium confidence.</summary>
    public ConfidenceBand Medium { get; }

    /// <summary>Low confidence.</summary>
    public ConfidenceBand Low { get; }

    /// <summary>Rejection / fallback.</summary>
    public ConfidenceBand Rejection { get; }

    /// <summary>The band a confidence value falls in, or null in a gap between bands.</summary>
    public ConfidenceBand? BandOf(double confidence)
        => new[] { High, Medium, Low, Rejection }.FirstOrDefault(b => b.Range.Contains(confidence));
}
