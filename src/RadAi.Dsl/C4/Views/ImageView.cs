namespace RadAi.Dsl;

/// <summary>A view showing an image (a PNG/SVG from a URL or data URI), optionally about an element.</summary>
public sealed class ImageView : View
{
    internal ImageView(ViewSet viewSet, Element? element, string key, string? description) : base(viewSet, key, description) => Element = element;

    /// <summary>The element the image is about, or null.</summary>
    public Element? Element { get; }

    /// <summary>The image: a URL or a data URI.</summary>
    public string? Content { get; set; }

    /// <summary>The MIME type, e.g. "image/png".</summary>
    public string? ContentType { get; set; }

    /// <summary>The image for light mode, if different.</summary>
    public string? ContentLight { get; set; }

    /// <summary>The image for dark mode, if different.</summary>
    public string? ContentDark { get; set; }

    /// <inheritdoc />
    public override string Name => Title ?? (Element is null ? "Image View" : "Image View: " + Element.Name);

    /// <summary>Sets the image from a URL, guessing the content type from the extension.</summary>
    public ImageView WithImage(string url)
    {
        Content = ModelItem.ValidateUrl(url);
        ContentType = Path.GetExtension(url).ToUpperInvariant() switch
        {
            ".PNG" => "image/png",
            ".SVG" => "image/svg+xml",
            ".JPG" or ".JPEG" => "image/jpeg",
            _ => ContentType,
        };
        return this;
    }
}
