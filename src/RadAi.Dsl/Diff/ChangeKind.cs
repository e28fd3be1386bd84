namespace RadAi.Dsl.Diff;

/// <summary>What happened to one thing between the two workspaces.</summary>
public enum ChangeKind
{
    /// <summary>Only the second workspace has it (an element added, a model registered, a debt item opened).</summary>
    Added,

    /// <summary>Only the first workspace has it (an element removed, a model retired from the registry, a debt item dropped).</summary>
    Removed,

    /// <summary>Both have it; one of its facts differs (<see cref="ArchitectureChange.Field"/>).</summary>
    Changed,

    /// <summary>Same Structurizr id, another name.</summary>
    Renamed,

    /// <summary>Same Structurizr id, another parent.</summary>
    Moved,
}
