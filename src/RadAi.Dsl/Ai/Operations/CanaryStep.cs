namespace RadAi.Dsl;

/// <summary>A step of a canary deployment (E8): traffic share, duration, analysis method, success criteria.</summary>
/// <param name="Name">e.g. "Traffic routing".</param>
/// <param name="Component">What performs it, e.g. "Spinnaker".</param>
/// <param name="Description">What happens.</param>
public sealed record CanaryStep(string Name, string? Component = null, string? Description = null) : RadAiRecord
{
    /// <summary>Share of traffic in [0, 1] (0.05 = 5 %).</summary>
    public double? TrafficShare { get; init; }

    /// <summary>Traffic in words where no single share fits, e.g. "1-5 %" or "configurable".</summary>
    public string? TrafficNote { get; init; }

    /// <summary>How long the step lasts.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Duration in words where no single value fits, e.g. "hours to days".</summary>
    public string? DurationNote { get; init; }

    /// <summary>How results are analysed, e.g. "Mann-Whitney".</summary>
    public string? AnalysisMethod { get; init; }

    /// <summary>What counts as success.</summary>
    public string? SuccessCriteria { get; init; }
}
