namespace RadAi.Dsl.C4;

/// <summary>
/// What elements and relationships share: an id, tags, properties, perspectives and a URL.
/// </summary>
public abstract class ModelItem
{
    private readonly SortedList<string, Perspective> _perspectives = new(StringComparer.Ordinal);
    private readonly System.Collections.ObjectModel.ReadOnlyCollection<Perspective> _perspectiveView;

    private protected ModelItem(Model model, string id)
    {
        _perspectiveView = new(_perspectives.Values);
        Model = model;
        Id = id;
        Tags = new TagSet();
    }

    /// <summary>The id, unique across elements and relationships of the workspace; never changes.</summary>
    public string Id { get; }

    /// <summary>The model this item belongs to.</summary>
    public Model Model { get; }

    /// <summary>The tags, default tags first.</summary>
    public TagSet Tags { get; }

    /// <summary>Name/value properties.</summary>
    public PropertyDictionary Properties { get; } = new();

    /// <summary>A link to more information (must be an absolute URL).</summary>
    public string? Url
    {
        get => _url;
        set => _url = ValidateUrl(value);
    }
    private string? _url;

    /// <summary>The perspectives, sorted by name as Structurizr writes them.</summary>
    public IReadOnlyList<Perspective> Perspectives => _perspectiveView;

    /// <summary>Adds or replaces a perspective.</summary>
    /// <example><code>system.AddPerspective("Security", "Handles card data", "high");</code></example>
    public Perspective AddPerspective(string name, string description, string? value = null)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException($"A perspective on {this} needs a name.", nameof(name));
        var perspective = new Perspective(name, description ?? string.Empty, value);
        _perspectives[name] = perspective;
        return perspective;
    }

    internal void AddPerspective(Perspective perspective) => _perspectives[perspective.Name] = perspective;

    internal static string? ValidateUrl(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!Uri.TryCreate(value, UriKind.Absolute, out _))
            throw new ArgumentException($"'{value}' is not an absolute URL.", nameof(value));
        return value;
    }
}
