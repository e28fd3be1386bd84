namespace RadAi.Dsl;

/// <summary>What kind of drift is watched.</summary>
public enum DriftType
{
    /// <summary>Input distribution drift.</summary>
    Data,
    /// <summary>Change of the input-output relationship.</summary>
    Concept,
    /// <summary>Output distribution drift.</summary>
    Prediction,
}

/// <summary>How drift is detected.</summary>
public enum DriftMethod
{
    /// <summary>Population Stability Index.</summary>
    Psi,
    /// <summary>Kullback-Leibler divergence.</summary>
    KlDivergence,
    /// <summary>Kolmogorov-Smirnov test.</summary>
    KsTest,
    /// <summary>Chi-square test.</summary>
    ChiSquare,
    /// <summary>Degradation of a quality or business metric against a baseline.</summary>
    MetricDegradation,
    /// <summary>Another method, described in words.</summary>
    Other,
}

/// <summary>What starts a retraining.</summary>
public enum TriggerKind
{
    /// <summary>A schedule.</summary>
    Scheduled,
    /// <summary>An event (data landed, catalog change, drift detected).</summary>
    EventDriven,
    /// <summary>A person.</summary>
    Manual,
}

/// <summary>How a model update is rolled out.</summary>
public enum RolloutKind
{
    /// <summary>Canary: a small traffic share first.</summary>
    Canary,
    /// <summary>Blue-green switch.</summary>
    BlueGreen,
    /// <summary>Shadow mode: runs without serving.</summary>
    Shadow,
    /// <summary>Rolling update.</summary>
    Rolling,
    /// <summary>A/B test decides.</summary>
    AbTest,
}
