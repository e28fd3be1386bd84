namespace RadAi.Dsl;

/// <summary>How serious a debt item, risk or finding is.</summary>
public enum Severity
{
    /// <summary>Low.</summary>
    Low,
    /// <summary>Medium.</summary>
    Medium,
    /// <summary>High.</summary>
    High,
    /// <summary>Critical.</summary>
    Critical,
}
