namespace RadAi.Dsl.Inspections;

/// <summary>
/// How findings quote text from the model: a name, key, tag or value whole up to <see cref="MaxQuoted"/> characters,
/// else its first <see cref="MaxQuoted"/> and "…"; a path or canonical name, made of several names, up to
/// <see cref="MaxComposite"/>. A finding says which item it is about, it does not copy it: a megabyte name would
/// otherwise be repeated in every finding about the item and in each report format.
/// </summary>
internal static class InspectionText
{
    /// <summary>The longest name, key, tag or value a finding quotes whole.</summary>
    public const int MaxQuoted = 80;

    /// <summary>The longest path or canonical name a finding quotes whole (a relationship's holds two elements' and a description).</summary>
    public const int MaxComposite = 3 * MaxQuoted;

    /// <summary>A name, key, tag or value as findings quote it; null is empty.</summary>
    public static string Shorten(string? text) => Shorten(text, MaxQuoted);

    /// <summary>A name, key, tag or value as findings quote it, in double quotes.</summary>
    public static string Quote(string? text) => string.Concat("\"", Shorten(text, MaxQuoted), "\"");

    /// <summary>A path or canonical name as findings quote it.</summary>
    public static string ShortenComposite(string? text) => Shorten(text, MaxComposite);

    /// <summary>A path or canonical name as findings quote it, in double quotes.</summary>
    public static string QuoteComposite(string? text) => string.Concat("\"", Shorten(text, MaxComposite), "\"");

    /// <summary>
    /// A path or canonical name as findings quote it, without a new string when it is short enough to quote whole
    /// (findings are made by the thousand at scale).
    /// </summary>
    public static ReadOnlySpan<char> ShortenComposite(ReadOnlySpan<char> text)
        => text.Length <= MaxComposite ? text : string.Concat(text[..Cut(text, MaxComposite)], "…");

    private static string Shorten(string? text, int max)
    {
        text ??= string.Empty;
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, Cut(text, max)), "…");
    }

    // Never between the two halves of a surrogate pair.
    private static int Cut(ReadOnlySpan<char> text, int max) => char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
}
