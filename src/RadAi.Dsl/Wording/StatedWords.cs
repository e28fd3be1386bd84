namespace RadAi.Dsl;

/// <summary>
/// Facts a model may leave unstated, in table cells: the fact as written (with a preposition where a stated value is a
/// bare amount: "within 4 h"), and <see cref="MarkdownText.NotStated"/> when the model does not state it.
/// </summary>
internal static class StatedWords
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

    /// <summary>"within 4 h" for a bare amount; otherwise the text as written ("immediate", "P1: 5 min / P2: 30 min").</summary>
    public static string Within(StatedValue? value) => With("within ", value);

    /// <summary>"under 10 ms" for a bare amount; otherwise the text as written.</summary>
    public static string Under(StatedValue? value) => With("under ", value);

    /// <summary>The text as written, or "not stated".</summary>
    public static string Of(StatedValue? value) => value?.Text ?? MarkdownText.NotStated;

    private static string With(string preposition, StatedValue? value) => value switch
    {
        null => MarkdownText.NotStated,
        Quantity { Comparison: null, IsApproximate: false, Metric: null } q => preposition + q.Text,
        _ => value.Text,
    };
}
