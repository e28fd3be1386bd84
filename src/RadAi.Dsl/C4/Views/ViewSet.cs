using System.Text.RegularExpressions;

namespace RadAi.Dsl;

/// <summary>
/// The views of a workspace, keyed by strings unique across all views, plus their shared configuration.
/// </summary>
public sealed partial class ViewSet
{
    private readonly List<View> _views = [];
    private readonly Dictionary<string, View> _byKey = new(StringComparer.Ordinal);
    // Orders in use and the highest one: registering a view stays constant time instead of scanning every view.
    private readonly Dictionary<int, View> _byOrder = [];
    private int _maxOrder;
    // Where the search for a free order continues once the highest order is int.MaxValue.
    private int _nextAfterWrap = 1;

    internal ViewSet(Workspace workspace) => Workspace = workspace;

    /// <summary>The workspace.</summary>
    public Workspace Workspace { get; }

    /// <summary>Styles, themes, branding and terminology.</summary>
    public ViewConfiguration Configuration { get; } = new();

    /// <summary>Every view, in creation order; read from JSON, in <see cref="View.Order"/> (creation order for views made by Structurizr or this library).</summary>
    public IReadOnlyList<View> All => _views;

    /// <summary>System landscape views.</summary>
    public IEnumerable<SystemLandscapeView> SystemLandscapeViews => _views.OfType<SystemLandscapeView>();
    /// <summary>System context views.</summary>
    public IEnumerable<SystemContextView> SystemContextViews => _views.OfType<SystemContextView>();
    /// <summary>Container views.</summary>
    public IEnumerable<ContainerView> ContainerViews => _views.OfType<ContainerView>();
    /// <summary>Component views.</summary>
    public IEnumerable<ComponentView> ComponentViews => _views.OfType<ComponentView>();
    /// <summary>Dynamic views.</summary>
    public IEnumerable<DynamicView> DynamicViews => _views.OfType<DynamicView>();
    /// <summary>Deployment views.</summary>
    public IEnumerable<DeploymentView> DeploymentViews => _views.OfType<DeploymentView>();
    /// <summary>Filtered views.</summary>
    public IEnumerable<FilteredView> FilteredViews => _views.OfType<FilteredView>();
    /// <summary>Image views.</summary>
    public IEnumerable<ImageView> ImageViews => _views.OfType<ImageView>();
    /// <summary>Custom views.</summary>
    public IEnumerable<CustomView> CustomViews => _views.OfType<CustomView>();

    /// <summary>The view with the key, or null.</summary>
    public View? GetView(string key) => key is null ? null : _byKey.GetValueOrDefault(key);

    /// <summary>Creates a system landscape view.</summary>
    /// <exception cref="ModelException">The key is invalid or taken.</exception>
    public SystemLandscapeView CreateSystemLandscapeView(string key, string? description = null)
        => Register(new SystemLandscapeView(this, CheckKey(key), description));

    /// <summary>Creates a system context view (the system is added to it).</summary>
    public SystemContextView CreateSystemContextView(SoftwareSystem softwareSystem, string key, string? description = null)
    {
        RequireOwn(softwareSystem);
        return Register(new SystemContextView(this, softwareSystem, CheckKey(key), description));
    }

    /// <summary>Creates a container view.</summary>
    public ContainerView CreateContainerView(SoftwareSystem softwareSystem, string key, string? description = null)
    {
        RequireOwn(softwareSystem);
        return Register(new ContainerView(this, softwareSystem, CheckKey(key), description));
    }

    /// <summary>Creates a component view.</summary>
    public ComponentView CreateComponentView(Container container, string key, string? description = null)
    {
        RequireOwn(container);
        return Register(new ComponentView(this, container, CheckKey(key), description));
    }

    /// <summary>Creates an unscoped dynamic view.</summary>
    public DynamicView CreateDynamicView(string key, string? description = null)
        => Register(new DynamicView(this, null, CheckKey(key), description));

    /// <summary>Creates a dynamic view scoped to a software system.</summary>
    public DynamicView CreateDynamicView(SoftwareSystem softwareSystem, string key, string? description = null)
    {
        RequireOwn(softwareSystem);
        return Register(new DynamicView(this, softwareSystem, CheckKey(key), description));
    }

    /// <summary>Creates a dynamic view scoped to a container.</summary>
    public DynamicView CreateDynamicView(Container container, string key, string? description = null)
    {
        RequireOwn(container);
        return Register(new DynamicView(this, container, CheckKey(key), description));
    }

    /// <summary>Creates a deployment view of every software system in an environment.</summary>
    public DeploymentView CreateDeploymentView(string environment, string key, string? description = null)
        => Register(new DeploymentView(this, null, environment, CheckKey(key), description));

    /// <summary>Creates a deployment view of one software system in an environment.</summary>
    public DeploymentView CreateDeploymentView(SoftwareSystem softwareSystem, string environment, string key, string? description = null)
    {
        RequireOwn(softwareSystem);
        return Register(new DeploymentView(this, softwareSystem, environment, CheckKey(key), description));
    }

    /// <summary>Creates a filtered view over a static view.</summary>
    /// <example><code>views.CreateFilteredView(landscape, "NoExternal", "Internal only", FilterMode.Exclude, "External");</code></example>
    public FilteredView CreateFilteredView(StaticView baseView, string key, string? description, FilterMode mode, params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(baseView);
        if (!ReferenceEquals(baseView.ViewSet, this)) throw new ModelException($"View '{baseView.Key}' belongs to another workspace.");
        return Register(new FilteredView(this, baseView.Key, CheckKey(key), description, mode, tags ?? []));
    }

    /// <summary>Creates an image view, optionally about an element.</summary>
    public ImageView CreateImageView(string key, Element? element = null)
    {
        if (element is not null) RequireOwn(element);
        return Register(new ImageView(this, element, CheckKey(key), null));
    }

    /// <summary>Creates a custom view.</summary>
    public CustomView CreateCustomView(string key, string? title = null, string? description = null)
        => Register(new CustomView(this, CheckKey(key), title, description));

    /// <summary>Checks a key against Structurizr's rules without creating a view.</summary>
    public static bool IsValidKey(string? key) => key is not null && KeyPattern().IsMatch(key);

    internal T Register<T>(T view, int? order = null) where T : View
    {
        if (!_byKey.TryAdd(view.Key, view))
            throw new ModelException($"A view with key '{view.Key}' already exists. View keys must be unique across all views.");
        var next = order ?? NextOrder();
        if (!_byOrder.TryAdd(next, view))
        {
            _byKey.Remove(view.Key);
            throw new ModelException($"View '{view.Key}' has order {next}, which view '{_byOrder[next].Key}' already has. View orders must be unique.");
        }
        if (_views.Count == 0 || next > _maxOrder) _maxOrder = next;
        view.Order = next;
        _views.Add(view);
        return view;
    }

    /// <summary>
    /// Puts <see cref="All"/> in the views' <see cref="View.Order"/> (creation order for views made here), keeping the
    /// order of views with equal orders: a reader meets the views grouped by type.
    /// </summary>
    internal void SortByOrder()
    {
        var sorted = _views.Select((view, index) => (view, index)).OrderBy(p => p.view.Order).ThenBy(p => p.index).Select(p => p.view).ToList();
        _views.Clear();
        _views.AddRange(sorted);
    }

    /// <summary>
    /// The order of a view made (or read) without one: as structurizr-java's ViewSet, one more than the highest, which
    /// past int.MaxValue wraps and View.setOrder raises to 1. Java lets orders repeat; here they stay unique, so from
    /// there on the lowest free order is taken.
    /// </summary>
    private int NextOrder()
    {
        if (_views.Count == 0) return 1;
        if (_maxOrder < int.MaxValue) return _maxOrder + 1;
        while (_byOrder.ContainsKey(_nextAfterWrap)) _nextAfterWrap++;
        return _nextAfterWrap;
    }

    internal string CheckKey(string key)
    {
        if (!IsValidKey(key))
            throw new ModelException($"'{key}' is not a valid view key: use only letters, digits, '_' and '-'.");
        if (_byKey.ContainsKey(key))
            throw new ModelException($"A view with key '{key}' already exists. View keys must be unique across all views.");
        return key;
    }

    private void RequireOwn(Element element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (!ReferenceEquals(element.Model, Workspace.Model))
            throw new ModelException($"Element '{element.CanonicalName}' belongs to another workspace.");
    }

    [GeneratedRegex("^[a-zA-Z0-9_-]+$")]
    private static partial Regex KeyPattern();
}
