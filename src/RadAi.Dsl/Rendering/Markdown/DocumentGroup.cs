namespace RadAi.Dsl.Rendering;

/// <summary>Where a generated document sits in the index.</summary>
public enum DocumentGroup
{
    /// <summary>arc42/C4 as they are, rendered with the AI layer ignored.</summary>
    Standard,
    /// <summary>The RAD-AI arc42 extensions E1–E8.</summary>
    RadAiArc42,
    /// <summary>The RAD-AI C4 extensions C4-E1–C4-E3.</summary>
    RadAiC4,
    /// <summary>Computed analyses: gap analysis, compliance checklist.</summary>
    Analysis,
    /// <summary>The Structurizr workspace itself (JSON, DSL).</summary>
    Workspace,
}
