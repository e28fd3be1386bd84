namespace RadAi.Dsl;

/// <summary>A static view shown with the elements of some tags included or excluded.</summary>
public sealed class FilteredView : View
{
    private readonly List<string> _tags;

    internal FilteredView(ViewSet viewSet, string baseViewKey, string key, string? description, FilterMode mode, IEnumerable<string> tags) : base(viewSet, key, description)
    {
        BaseViewKey = baseViewKey;
        Mode = mode;
        _tags = tags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The key of the static view filtered.</summary>
    public string BaseViewKey { get; }

    /// <summary>The static view filtered, or null when the key names no static view.</summary>
    public StaticView? BaseView => ViewSet.GetView(BaseViewKey) as StaticView;

    /// <summary>Include or exclude.</summary>
    public FilterMode Mode { get; }

    /// <summary>The tags filtered on.</summary>
    public IReadOnlyList<string> Tags => _tags;

    /// <inheritdoc />
    public override string Name => "Filtered: " + (BaseView?.Name ?? BaseViewKey);
}
