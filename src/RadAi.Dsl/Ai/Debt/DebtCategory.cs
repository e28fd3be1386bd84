namespace RadAi.Dsl;

/// <summary>The seven ML technical debt categories, each with its id prefix.</summary>
public enum DebtCategory
{
    /// <summary>BE: boundaries between ML components and the rest blur.</summary>
    BoundaryErosion,
    /// <summary>EN: changing anything changes everything.</summary>
    Entanglement,
    /// <summary>FL: model outputs feed future training data.</summary>
    HiddenFeedbackLoops,
    /// <summary>DD: unstable or poorly understood data dependencies.</summary>
    DataDependency,
    /// <summary>PD: fragile, complex pipelines.</summary>
    Pipeline,
    /// <summary>CD: sprawling configuration.</summary>
    Configuration,
    /// <summary>MS: models not retrained despite drift.</summary>
    ModelStaleness,
}

/// <summary>Prefixes and display names of <see cref="DebtCategory"/>.</summary>
public static class DebtCategories
{
    /// <summary>The id prefix: BE, EN, FL, DD, PD, CD, MS.</summary>
    public static string Prefix(this DebtCategory category) => category switch
    {
        DebtCategory.BoundaryErosion => "BE",
        DebtCategory.Entanglement => "EN",
        DebtCategory.HiddenFeedbackLoops => "FL",
        DebtCategory.DataDependency => "DD",
        DebtCategory.Pipeline => "PD",
        DebtCategory.Configuration => "CD",
        _ => "MS",
    };

    /// <summary>The template's heading, e.g. "Hidden Feedback Loops".</summary>
    public static string DisplayName(this DebtCategory category) => category switch
    {
        DebtCategory.BoundaryErosion => "Boundary Erosion",
        DebtCategory.Entanglement => "Entanglement",
        DebtCategory.HiddenFeedbackLoops => "Hidden Feedback Loops",
        DebtCategory.DataDependency => "Data Dependency Debt",
        DebtCategory.Pipeline => "Pipeline Debt",
        DebtCategory.Configuration => "Configuration Debt",
        _ => "Model Staleness",
    };

    /// <summary>The category whose prefix an id starts with, or null.</summary>
    public static DebtCategory? FromId(string id)
        => Enum.GetValues<DebtCategory>().Cast<DebtCategory?>().FirstOrDefault(c => id?.StartsWith(c!.Value.Prefix() + "-", StringComparison.Ordinal) == true);
}
