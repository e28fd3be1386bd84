namespace RadAi.Dsl.Rendering;

/// <summary>
/// Stated values in table cells: the text as written, with a preposition where the text is a bare amount
/// ("within 4 h"), and <see cref="MarkdownText.NotStated"/> when the model does not state the value.
/// </summary>
internal static class StatedValueWords
{
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
