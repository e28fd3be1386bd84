namespace RadAi.Dsl.Rendering;

/// <summary>
/// Inline markdown a renderer wrote: its own markup (links, emphasis, code) around model text that was escaped as it went
/// in. Model text becomes markup only as text: a <see cref="string"/> converts through <see cref="Text"/>, and an
/// interpolated string's holes are escaped (<see cref="MarkupBuilder"/>), so a name can never become a link or an element.
/// </summary>
internal readonly struct Markup
{
    // Markdown, or model text kept as it is until the writer knows where it lands (a table cell needs less escaping).
    private readonly string? _value;
    private readonly bool _isText;

    private Markup(string? value, bool isText)
    {
        _value = value;
        _isText = isText;
    }

    private Markup(string markdown) : this(markdown, isText: false)
    {
    }

    /// <summary>Whether there is nothing to show.</summary>
    public bool IsEmpty => _isText ? string.IsNullOrWhiteSpace(_value) : string.IsNullOrEmpty(_value);

    /// <summary>The markdown, as it may stand anywhere in a paragraph or list item.</summary>
    public string Markdown => _isText ? MarkdownText.WithBreaks(_value) : _value ?? string.Empty;

    /// <summary>The markdown for a table cell: <see cref="MarkdownText.NotStated"/> when there is nothing to show.</summary>
    public string CellMarkdown => _isText ? MarkdownText.Cell(_value) : string.IsNullOrEmpty(_value) ? MarkdownText.NotStated : _value;

    /// <summary>A cell with nothing to say by design (the id of a total row): an em dash, unlike a fact the model does not state.</summary>
    public static Markup NotApplicable { get; } = new("—");

    /// <summary>Writes <see cref="Markdown"/> to <paramref name="output"/>, model text escaped on the way.</summary>
    public void WriteTo(TextWriter output)
    {
        if (_isText) MarkdownText.WriteWithBreaks(output, _value);
        else output.Write(_value);
    }

    /// <summary>Writes <see cref="CellMarkdown"/> to <paramref name="output"/>, model text escaped on the way.</summary>
    public void WriteCellTo(TextWriter output)
    {
        if (_isText) MarkdownText.WriteCell(output, _value);
        else output.Write(string.IsNullOrEmpty(_value) ? "—" : _value);
    }

    /// <summary>Model text, to be escaped where it lands so that it shows as written (line breaks as &lt;br&gt;).</summary>
    public static Markup Text(string? text) => new(text, isText: true);

    /// <summary>Model text as an inline code span.</summary>
    public static Markup Code(string text) => new(MarkdownText.Code(text));

    /// <summary>Text in emphasis: <c>_text_</c>, the text escaped.</summary>
    public static Markup Emphasis(string text) => new("_" + MarkdownText.WithBreaks(text) + "_");

    /// <summary>Text in strong emphasis: <c>**text**</c>, the text escaped.</summary>
    public static Markup Strong(string text) => new("**" + MarkdownText.WithBreaks(text) + "**");

    /// <summary>A link with a text label to a relative path (encoded, so the path can never end the link or name a scheme).</summary>
    public static Markup Link(string label, string relativePath)
        => new("[" + MarkdownText.Inline(label) + "](" + MarkdownText.LinkDestination(relativePath) + ")");

    /// <summary>Markup from an interpolated string: its literal parts are the renderer's markdown, its holes model text.</summary>
    public static Markup Of(ref MarkupBuilder markup) => new(markup.ToMarkdown());

    /// <summary>The parts joined by <paramref name="separator"/>, the renderer's own markdown.</summary>
    public static Markup Join(string separator, IEnumerable<Markup> parts) => new(string.Join(separator, parts.Select(p => p.Markdown)));

    /// <summary>One after the other.</summary>
    public static Markup operator +(Markup first, Markup second) => new(first.Markdown + second.Markdown);

    /// <summary>Model text, escaped (<see cref="Text"/>).</summary>
    public static implicit operator Markup(string? text) => Text(text);

    /// <summary>The markdown.</summary>
    public override string ToString() => Markdown;
}
