using System.Text.Json.Serialization;

namespace RadAi.Dsl;

/// <summary>
/// The confidence bands of a model (C4-E3 confidence thresholds): as many as the source states, in its order, named
/// (<see cref="Bands"/>), qualitative or numeric, overlapping or not: none is dropped. The template's four
/// (<see cref="High"/>, <see cref="Medium"/>, <see cref="Low"/>, <see cref="Rejection"/>) may be set by name instead
/// or as well; <see cref="All"/> lists every band.
/// </summary>
public sealed record ConfidenceBands : RadAiRecord
{
    /// <summary>The AI component (usually an &lt;&lt;ML Model&gt;&gt;) whose confidence the bands divide.</summary>
    [JsonPropertyName("model")]
    public required ElementRef Component { get; init; }

    /// <summary>The template's high-confidence band, when stated by that name.</summary>
    public ConfidenceBand? High { get; init; }

    /// <summary>The template's medium-confidence band.</summary>
    public ConfidenceBand? Medium { get; init; }

    /// <summary>The template's low-confidence band.</summary>
    public ConfidenceBand? Low { get; init; }

    /// <summary>The template's rejection / fallback band.</summary>
    public ConfidenceBand? Rejection { get; init; }

    /// <summary>Bands in the order written (any number, any names, may overlap).</summary>
    public EquatableList<ConfidenceBand> Bands { get; init; } = [];

    /// <summary>Every band: the template's four that are set (named "High", "Medium", "Low", "Rejection" unless named otherwise), then <see cref="Bands"/>.</summary>
    [JsonIgnore]
    public IReadOnlyList<ConfidenceBand> All
        => new[] { ("High", High), ("Medium", Medium), ("Low", Low), ("Rejection", Rejection) }
            .Where(b => b.Item2 is not null)
            .Select(b => b.Item2!.Name is null ? b.Item2 with { Name = b.Item1 } : b.Item2)
            .Concat(Bands)
            .ToList();

    /// <summary>The first band a confidence value falls in, or null (in a gap, or when the bands are stated in words).</summary>
    public ConfidenceBand? BandOf(double confidence) => All.FirstOrDefault(b => b.Contains(confidence));

    /// <summary>Every band a confidence value falls in (overlapping bands give several).</summary>
    public IReadOnlyList<ConfidenceBand> BandsOf(double confidence) => All.Where(b => b.Contains(confidence)).ToList();

    /// <summary>Throws unless at least one band is given and every band says what happens.</summary>
    /// <exception cref="ModelException">No band, or a band without an action.</exception>
    internal void RequireBands()
    {
        ArgumentNullException.ThrowIfNull(Bands, nameof(Bands));
        var all = All;
        if (all.Count == 0)
            throw new ModelException($"Confidence bands of '{Component}': state at least one band (Bands = [new ConfidenceBand(range, action) {{ Name = \"High\" }}]).");
        foreach (var band in all)
            if (band is null || string.IsNullOrWhiteSpace(band.Action))
                throw new ModelException($"Confidence bands of '{Component}': the band '{band?.Name}' needs an action.");
    }
}
