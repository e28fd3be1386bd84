namespace RadAi.Dsl;

/// <summary>Styles, themes, branding and terminology shared by all views.</summary>
public sealed class ViewConfiguration
{
    private readonly List<string> _themes = [];

    /// <summary>Element and relationship styles.</summary>
    public Styles Styles { get; } = new();

    /// <summary>Theme URLs, in order.</summary>
    public IReadOnlyList<string> Themes => _themes;

    /// <summary>Logo and font.</summary>
    public Branding Branding { get; } = new();

    /// <summary>Replacement words.</summary>
    public Terminology Terminology { get; } = new();

    /// <summary>The key of the view shown first.</summary>
    public string? DefaultView { get; set; }

    /// <summary>The key of the view last saved on the server.</summary>
    public string? LastSavedView { get; set; }

    /// <summary>How metadata is bracketed.</summary>
    public MetadataSymbols? MetadataSymbols { get; set; }

    /// <summary>How views are listed.</summary>
    public ViewSortOrder? ViewSortOrder { get; set; }

    /// <summary>Configuration properties.</summary>
    public PropertyDictionary Properties { get; } = new();

    /// <summary>Adds theme URLs (e.g. https://static.structurizr.com/themes/default/theme.json).</summary>
    public ViewConfiguration AddThemes(params string[] urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        foreach (var url in urls)
        {
            var valid = ModelItem.ValidateUrl(url);
            if (valid is not null && !_themes.Contains(valid)) _themes.Add(valid);
        }
        return this;
    }

    internal void AddThemeRaw(string url) => _themes.Add(url);
}
