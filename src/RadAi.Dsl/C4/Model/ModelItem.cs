namespace RadAi.Dsl;

/// <summary>
/// What elements and relationships share: an id, tags, properties, perspectives and a URL.
/// </summary>
public abstract class ModelItem
{
    private static readonly IReadOnlyList<Perspective> NoPerspectives = [];

    // Created on first use: most items have no perspectives, and large models hold 100,000s of items.
    private SortedList<string, Perspective>? _perspectives;
    private System.Collections.ObjectModel.ReadOnlyCollection<Perspective>? _perspectiveView;

    private protected ModelItem(Model model, string id)
    {
        Model = model;
        _id = id;
    }

    /// <summary>The id, unique across elements and relationships of the workspace; never changes.</summary>
    public string Id => _id;
    private string _id;

    /// <summary>
    /// For the workspace JSON reader only: an element is created when its object starts (its children need it as
    /// their parent) but its id may come later in the object; it is set before the element joins the model.
    /// </summary>
    /// <exception cref="InvalidOperationException">The item has joined the model already: its id never changes after that.</exception>
    internal void SetIdBeforeAttach(string id)
    {
        if (ReferenceEquals(Model.GetElement(_id), this) || ReferenceEquals(Model.GetRelationship(_id), this))
            throw new InvalidOperationException($"The id of '{_id}' cannot change: it is part of the model.");
        _id = id;
    }

    /// <summary>The model this item belongs to.</summary>
    public Model Model { get; }

    /// <summary>The tags, default tags first.</summary>
    public TagSet Tags => _tags as TagSet ?? CreateTags();

    // The tags' canonical joined form (no blank, untrimmed or repeated part) until someone asks for Tags, then the
    // TagSet; null when there are none. Large models hold 100,000s of items whose tags are only ever written back.
    private object? _tags;

    private TagSet CreateTags()
    {
        while (true)
        {
            var current = _tags;
            if (current is TagSet existing) return existing;
            var created = new TagSet(Model);
            if (current is string joined) created.SetDefaults(joined);
            // Published at once: two threads asking at the same time get the same set.
            if (ReferenceEquals(Interlocked.CompareExchange(ref _tags, created, current), current)) return created;
        }
    }

    /// <summary>The tags joined by commas, as Structurizr JSON stores them, without creating the TagSet.</summary>
    internal string TagsText => _tags switch
    {
        TagSet set => set.ToString(),
        string joined => joined,
        _ => string.Empty,
    };

    /// <summary>Sets the default tags of a new item from their constant canonical joined form.</summary>
    private protected void SetDefaultTags(string canonicalJoined)
    {
        if (_tags is TagSet set) set.SetDefaults(canonicalJoined);
        else _tags = canonicalJoined;
    }

    /// <summary>Replaces every tag with those of a comma-joined value (as read from JSON).</summary>
    internal void ReplaceTags(string? commaSeparated)
    {
        Model.TagsChanged();
        if (_tags is TagSet set) set.ReplaceAll(commaSeparated);
        else if (string.IsNullOrEmpty(commaSeparated)) _tags = null;
        else if (TagSet.IsCanonical(commaSeparated)) _tags = commaSeparated;
        else
        {
            var created = new TagSet(Model);
            created.ReplaceAll(commaSeparated);
            _tags = created;
        }
    }

    /// <summary>Name/value properties.</summary>
    public PropertyDictionary Properties => _properties ??= new();

    // Created on first use, like the perspectives.
    private PropertyDictionary? _properties;

    /// <summary>The properties if any were ever touched, else null (lets the writer skip creating them).</summary>
    internal PropertyDictionary? PropertiesIfCreated => _properties;

    /// <summary>A link to more information (must be an absolute URL).</summary>
    public string? Url
    {
        get => _url;
        set => _url = ValidateUrl(value);
    }
    private string? _url;

    /// <summary>The perspectives, sorted by name as Structurizr writes them.</summary>
    public IReadOnlyList<Perspective> Perspectives => _perspectiveView ?? NoPerspectives;

    /// <summary>Adds or replaces a perspective.</summary>
    /// <example><code>system.AddPerspective("Security", "Handles card data", "high");</code></example>
    public Perspective AddPerspective(string name, string description, string? value = null)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException($"A perspective on {this} needs a name.", nameof(name));
        var perspective = new Perspective(name, description ?? string.Empty, value);
        PerspectivesByName()[name] = perspective;
        return perspective;
    }

    internal void AddPerspective(Perspective perspective) => PerspectivesByName()[perspective.Name] = perspective;

    private SortedList<string, Perspective> PerspectivesByName()
    {
        if (_perspectives is null)
        {
            _perspectives = new SortedList<string, Perspective>(StringComparer.Ordinal);
            _perspectiveView = new(_perspectives.Values);
        }
        return _perspectives;
    }

    internal static string? ValidateUrl(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!Uri.TryCreate(value, UriKind.Absolute, out _))
            throw new ArgumentException($"'{value}' is not an absolute URL.", nameof(value));
        return value;
    }
}
