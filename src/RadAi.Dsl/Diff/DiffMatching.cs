namespace RadAi.Dsl.Diff;

/// <summary>How the elements and relationships of two workspaces were paired.</summary>
public enum DiffMatching
{
    /// <summary>By Structurizr id: both sides come from the same history, so a renamed or moved element keeps its id.</summary>
    StructurizrId,

    /// <summary>By canonical name: the ids differ (a workspace regenerated elsewhere), so a rename reads as a removal and an addition.</summary>
    CanonicalName,
}
