using System.Text.Json.Serialization;

namespace RadAi.Dsl;

/// <summary>How drift of one model is detected (E8): method, threshold, window, consecutive checks, frequency, action.</summary>
public sealed record DriftDetection : RadAiRecord
{
    /// <summary>The AI component (usually an &lt;&lt;ML Model&gt;&gt;) watched for drift.</summary>
    [JsonPropertyName("model")]
    public required ElementRef Component { get; init; }

    /// <summary>Data, concept or prediction drift.</summary>
    public DriftType? Type { get; init; }

    /// <summary>The detection method: PSI, KL, KS, … .</summary>
    public DriftMethod? Method { get; init; }

    /// <summary>When it counts as drift, e.g. "PSI &gt; 0.2".</summary>
    public required Threshold Threshold { get; init; }

    /// <summary>How often it is checked.</summary>
    public required Freshness CheckFrequency { get; init; }

    /// <summary>The method in words, e.g. "PSI on top features".</summary>
    public string? MethodDetail { get; init; }

    /// <summary>The comparison window, e.g. a 30-day rolling baseline.</summary>
    public TimeSpan? Window { get; init; }

    /// <summary>How many consecutive checks must fail before acting.</summary>
    public int? ConsecutiveChecks { get; init; }

    /// <summary>What happens, e.g. "alert ML team; retrain if sustained 24 h".</summary>
    public string? Action { get; init; }

    /// <summary>Where alerts go, e.g. "PagerDuty".</summary>
    public string? AlertChannel { get; init; }
}
