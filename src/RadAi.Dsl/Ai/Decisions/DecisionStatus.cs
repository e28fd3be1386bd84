namespace RadAi.Dsl;

/// <summary>The MADR status of an AI-ADR (also the Structurizr decision status).</summary>
public enum DecisionStatus
{
    /// <summary>Proposed.</summary>
    Proposed,
    /// <summary>Accepted.</summary>
    Accepted,
    /// <summary>Rejected.</summary>
    Rejected,
    /// <summary>Deprecated.</summary>
    Deprecated,
    /// <summary>Superseded by another decision.</summary>
    Superseded,
}
