namespace RadAi.Dsl;

/// <summary>A row of a model's version history (E2).</summary>
/// <param name="Version">The version, e.g. "v12.4".</param>
public sealed record ModelVersion(string Version) : RadAiRecord
{
    /// <summary>When it was trained, as precisely as stated ("2025-11-02", "2024-Q3", "2022 (inferred)").</summary>
    public PartialDate? TrainingDate { get; init; }

    /// <summary>The training period when only that is known, e.g. "2025-Q4".</summary>
    public string? TrainingPeriod { get; init; }

    /// <summary>The dataset version it was trained on, e.g. "DS-001 v42".</summary>
    public string? DatasetVersion { get; init; }

    /// <summary>Key metrics, e.g. F1: 0.92.</summary>
    public EquatableList<MetricValue> KeyMetrics { get; init; } = [];

    /// <summary>When it was deployed, as precisely as stated.</summary>
    public PartialDate? DeploymentDate { get; init; }

    /// <summary>What changed in this version.</summary>
    public string? KeyChange { get; init; }

    /// <summary>Its lifecycle status.</summary>
    public ModelStatus? Status { get; init; }

    /// <summary>Notes.</summary>
    public string? Notes { get; init; }

    /// <summary>The version.</summary>
    public override string ToString() => Version;

    /// <summary>Whether two version texts name the same version: "v12.4" and "12.4" do (a leading "v" or "V" is ignored).</summary>
    internal static bool SameVersion(string? left, string? right)
        => left is not null && right is not null && Bare(left).Equals(Bare(right), StringComparison.Ordinal);

    private static ReadOnlySpan<char> Bare(string version)
    {
        var trimmed = version.AsSpan().Trim();
        return trimmed is ['v' or 'V', .. var rest] ? rest : trimmed;
    }
}
