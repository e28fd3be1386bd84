namespace RadAi.Dsl;

/// <summary>A view of the workspace, identified by a key unique across all views.</summary>
public abstract class View
{
    private protected View(ViewSet viewSet, string key, string? description)
    {
        ViewSet = viewSet;
        Key = key;
        Description = description;
    }

    /// <summary>The view set this view belongs to.</summary>
    public ViewSet ViewSet { get; }

    /// <summary>The key: letters, digits, '_' and '-' only, unique across all views.</summary>
    public string Key { get; }

    /// <summary>The position in the view list (1-based, unique).</summary>
    public int Order { get; internal set; }

    /// <summary>An optional title shown instead of the generated name.</summary>
    public string? Title { get; set; }

    /// <summary>The description.</summary>
    public string? Description { get; set; }

    /// <summary>True when the key was generated rather than chosen.</summary>
    public bool GeneratedKey { get; internal set; }

    /// <summary>View properties, e.g. <c>structurizr.groups</c>.</summary>
    public PropertyDictionary Properties { get; } = new();

    /// <summary>The name Structurizr shows, e.g. "Container View: Shop".</summary>
    public abstract string Name { get; }

    /// <inheritdoc />
    public override string ToString() => $"{GetType().Name} '{Key}'";
}
