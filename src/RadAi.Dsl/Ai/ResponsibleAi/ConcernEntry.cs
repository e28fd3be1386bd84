namespace RadAi.Dsl;

/// <summary>
/// One cell of the E4 concern matrix: a component's metric, threshold, frequency and owner for one concern.
/// Stored as a Structurizr perspective on the component (name = concern, description = metric, value = threshold),
/// with frequency and owner in <c>radai:e4.&lt;concern&gt;.frequency</c> / <c>.owner</c> properties and extra facts, as a
/// JSON list of name/value pairs, in <c>radai:e4.&lt;concern&gt;.extraFacts</c>.
/// </summary>
public sealed record ConcernEntry : RadAiRecord
{
    /// <summary>The component.</summary>
    public required ElementRef Component { get; init; }

    /// <summary>The concern.</summary>
    public required Concern Concern { get; init; }

    /// <summary>What is measured, e.g. "genre entropy per recommendation set".</summary>
    public required string Metric { get; init; }

    /// <summary>The acceptable limit.</summary>
    public Threshold? Threshold { get; init; }

    /// <summary>How often it is measured.</summary>
    public Freshness? Frequency { get; init; }

    /// <summary>Who owns it.</summary>
    public string? Owner { get; init; }
}
