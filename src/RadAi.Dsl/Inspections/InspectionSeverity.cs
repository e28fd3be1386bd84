namespace RadAi.Dsl.Inspections;

/// <summary>
/// How serious a finding is. The values are ordered, so <c>severity &gt;= InspectionSeverity.Warning</c>
/// reads as "a warning or worse". The names match Structurizr's <c>structurizr.inspection.*</c> property values.
/// </summary>
public enum InspectionSeverity
{
    /// <summary>The rule is switched off for the item: the finding is counted but not shown.</summary>
    Ignore = 0,

    /// <summary>Worth knowing; never fails a build unless asked to.</summary>
    Info = 1,

    /// <summary>Bad practice or missing documentation that a reviewer would flag.</summary>
    Warning = 2,

    /// <summary>Wrong: a Structurizr server would reject the workspace, or a required fact is missing.</summary>
    Error = 3,
}
