namespace RadAi.Dsl.Ai.Operations;

/// <summary>How drift of one model is detected (E8): method, threshold, window, consecutive checks, frequency, action.</summary>
/// <param name="Model">The model watched.</param>
/// <param name="Type">Data, concept or prediction drift.</param>
/// <param name="Method">PSI, KL, KS, … .</param>
/// <param name="Threshold">When it counts as drift, e.g. "PSI &gt; 0.2".</param>
/// <param name="CheckFrequency">How often it is checked.</param>
public sealed record DriftDetection(ElementRef Model, DriftType Type, DriftMethod Method, Threshold Threshold, Freshness CheckFrequency)
{
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
