namespace RadAi.Dsl;

/// <summary>
/// A Structurizr workspace: a C4 <see cref="Dsl.Model"/>, its <see cref="ViewSet"/>, documentation and properties.
/// </summary>
/// <example>
/// <code>
/// var workspace = new Workspace("Shop", "A small shop");
/// var user = workspace.Model.AddPerson("User");
/// var shop = workspace.Model.AddSoftwareSystem("Shop");
/// user.Uses(shop, "Buys things using");
/// workspace.Views.CreateSystemContextView(shop, "Context", "The shop in context.").AddDefaultElements();
/// </code>
/// </example>
public sealed class Workspace
{
    private string _name;

    /// <summary>Creates an empty workspace.</summary>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public Workspace(string name, string? description = null)
    {
        _name = Element.RequireName(name, "workspace");
        Description = description;
        Model = new Model(this);
        Views = new ViewSet(this);
    }

    /// <summary>The workspace id on a Structurizr server; 0 for a local workspace.</summary>
    public long Id { get; set; }

    /// <summary>The name.</summary>
    public string Name
    {
        get => _name;
        set => _name = Element.RequireName(value, "workspace");
    }

    /// <summary>The description.</summary>
    public string? Description { get; set; }

    /// <summary>An optional version label.</summary>
    public string? Version { get; set; }

    /// <summary>A base64 PNG data URI that servers show as a thumbnail.</summary>
    public string? Thumbnail { get; set; }

    /// <summary>When the workspace was last pushed (set by the client).</summary>
    public DateTimeOffset? LastModifiedDate { get; set; }

    /// <summary>Who last pushed the workspace.</summary>
    public string? LastModifiedUser { get; set; }

    /// <summary>Which tool last pushed the workspace.</summary>
    public string? LastModifiedAgent { get; set; }

    /// <summary>Users, visibility and scope.</summary>
    public WorkspaceConfiguration Configuration { get; } = new();

    /// <summary>The C4 model.</summary>
    public Model Model { get; }

    /// <summary>The views and their styles.</summary>
    public ViewSet Views { get; }

    /// <summary>Workspace-level documentation and decisions.</summary>
    public Documentation Documentation { get; } = new();

    /// <summary>
    /// The workspace properties stored as plain text (e.g. <c>structurizr.inspection.*</c>). Properties that an
    /// extension keeps in typed form (the RAD-AI registers of a loaded RAD-AI model) are not among them; see
    /// <see cref="GetEffectiveProperties"/>.
    /// </summary>
    public PropertyDictionary Properties { get; } = new();

    /// <summary>Where an extension's typed properties come from when the workspace is written (null: none).</summary>
    internal IWorkspacePropertySource? PropertySource { get; set; }

    /// <summary>
    /// The workspace properties as they are written (Structurizr JSON, DSL, the client): <see cref="Properties"/> in
    /// order, then the properties an extension keeps in typed form (the RAD-AI registers), each computed as the
    /// enumeration reaches it. Where both hold a key, the typed form wins.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string>> GetEffectiveProperties()
    {
        foreach (var property in WrittenProperties()) yield return new(property.Key, property.Value);
    }

    /// <summary>
    /// The properties as <see cref="GetEffectiveProperties"/> gives them, an extension's as the UTF-8 it writes, each
    /// computed as the enumeration reaches it (take a list of them to write them more than once).
    /// </summary>
    internal IEnumerable<WrittenProperty> WrittenProperties()
    {
        var source = PropertySource;
        var computed = source?.Keys ?? [];
        foreach (var property in Properties)
            if (!computed.Contains(property.Key)) yield return new(property.Key, property.Value, null);
        foreach (var key in computed) yield return new(key, null, source!.Utf8ValueOf(key));
    }

    /// <summary>One property as <see cref="GetEffectiveProperties"/> gives it (computed now when an extension holds it), or null.</summary>
    internal string? GetEffectiveProperty(string key)
        => PropertySource is { } source && source.Keys.Contains(key)
            ? new WrittenProperty(key, null, source.Utf8ValueOf(key)).Value
            : Properties.GetValueOrDefault(key);

    /// <inheritdoc />
    public override string ToString() => $"Workspace '{Name}'";
}
