namespace RadAi.Dsl.Analysis;

/// <summary>The nine groups of the Annex IV checklist, in checklist order.</summary>
public enum AnnexIvSection
{
    /// <summary>1. General description of the AI system.</summary>
    GeneralDescription = 1,
    /// <summary>2. Detailed description of the system's elements.</summary>
    SystemElements,
    /// <summary>3. Data and data governance.</summary>
    DataGovernance,
    /// <summary>4. Training methodology and techniques.</summary>
    Training,
    /// <summary>5. Risk assessment and management.</summary>
    RiskManagement,
    /// <summary>6. Changes through the lifecycle.</summary>
    LifecycleChanges,
    /// <summary>7. Performance and accuracy.</summary>
    Performance,
    /// <summary>8. Human oversight.</summary>
    HumanOversight,
    /// <summary>9. Post-market monitoring.</summary>
    PostMarketMonitoring,
}

/// <summary>Titles of <see cref="AnnexIvSection"/>.</summary>
public static class AnnexIvSectionTitles
{
    /// <summary>"General description", "System elements", … .</summary>
    public static string Title(this AnnexIvSection section) => section switch
    {
        AnnexIvSection.GeneralDescription => "General description",
        AnnexIvSection.SystemElements => "System elements",
        AnnexIvSection.DataGovernance => "Data governance",
        AnnexIvSection.Training => "Training",
        AnnexIvSection.RiskManagement => "Risk management",
        AnnexIvSection.LifecycleChanges => "Lifecycle changes",
        AnnexIvSection.Performance => "Performance and accuracy",
        AnnexIvSection.HumanOversight => "Human oversight",
        _ => "Post-market monitoring",
    };
}
