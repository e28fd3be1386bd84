namespace RadAi.Dsl.Inspections;

/// <summary>The family a rule belongs to; the id range says the same (see docs/inspections.md).</summary>
public enum RuleGroup
{
    /// <summary>RADAI001–RADAI009: what a Structurizr server rejects on upload, and the inspection settings themselves.</summary>
    StructurizrValidation,

    /// <summary>RADAI010–RADAI099: structurizr-java's default inspections (bad practice, missing descriptions, views).</summary>
    StructurizrInspection,

    /// <summary>RADAI100–RADAI199: the RAD-AI rules for documenting AI components.</summary>
    RadAi,
}
