namespace RadAi.Dsl;

/// <summary>A model card: intended use, limitations, fairness assessment and further notes.</summary>
public sealed record ModelCard
{
    /// <summary>What the model is for.</summary>
    public string? IntendedUse { get; init; }

    /// <summary>Known limitations.</summary>
    public string? Limitations { get; init; }

    /// <summary>Fairness assessment.</summary>
    public string? FairnessAssessment { get; init; }

    /// <summary>Ethical considerations.</summary>
    public string? EthicalConsiderations { get; init; }

    /// <summary>Where the full card lives.</summary>
    public string? Link { get; init; }
}
