namespace RadAi.Dsl;

/// <summary>Where a model (or a version of it) is in its lifecycle.</summary>
public enum ModelStatus
{
    /// <summary>Being developed.</summary>
    Development,
    /// <summary>Under experimentation.</summary>
    Experimentation,
    /// <summary>Passed offline evaluation.</summary>
    Candidate,
    /// <summary>Serving a small traffic share.</summary>
    Canary,
    /// <summary>In staging.</summary>
    Staging,
    /// <summary>In production.</summary>
    Production,
    /// <summary>Deprecated.</summary>
    Deprecated,
    /// <summary>Retired.</summary>
    Retired,
}
