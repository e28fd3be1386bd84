namespace RadAi.Dsl;

/// <summary>How important a quality scenario is.</summary>
public enum Priority
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
