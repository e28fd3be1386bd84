namespace RadAi.Dsl;

/// <summary>A documentation section; its title is taken from the content's first heading, as Structurizr does.
/// <see cref="Documentation.AddSection"/> makes one, with its order.</summary>
public sealed record Section
{
    internal Section(string content, DocumentationFormat format, int order, string? filename)
    {
        Content = content;
        Format = format;
        Order = order;
        Filename = filename;
    }

    /// <summary>The markdown or AsciiDoc text.</summary>
    public string Content { get; init; }

    /// <summary>The markup.</summary>
    public DocumentationFormat Format { get; init; }

    /// <summary>1-based position, assigned when added.</summary>
    public int Order { get; init; }

    /// <summary>The file it came from, if any.</summary>
    public string? Filename { get; init; }
}
