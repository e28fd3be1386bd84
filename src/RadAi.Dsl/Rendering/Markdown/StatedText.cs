using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>Cells for optional facts: the fact as written, or <see cref="MarkdownText.NotStated"/> when the model does not state it.</summary>
internal static class StatedText
{
    /// <summary>The text as written, or "not stated".</summary>
    public static string Of(string? text) => string.IsNullOrWhiteSpace(text) ? MarkdownText.NotStated : text;

    /// <summary>"Yes", "No", or "not stated".</summary>
    public static string Of(bool? value) => value is { } v ? RadAiText.YesNo(v) : MarkdownText.NotStated;

    /// <summary>The element's name, or "not stated".</summary>
    public static string Of(ElementRef? element) => element is { } e ? e.Name : MarkdownText.NotStated;

    /// <summary>Element names, comma-separated, or "not stated".</summary>
    public static string Names(IEnumerable<ElementRef> elements) => RadAiText.Names(elements) ?? MarkdownText.NotStated;

    /// <summary>A list as one cell ("a; b; c"), or "not stated".</summary>
    public static string List(IEnumerable<string> items) => RadAiText.List(items) ?? MarkdownText.NotStated;
}
