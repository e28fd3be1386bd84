using System.Text.Json;
using System.Text.RegularExpressions;

namespace RadAi.Dsl;

/// <summary>
/// What is wrong with JSON the parser refuses, in the words of the person who wrote the file: where (see
/// <see cref="JsonTextPosition"/>) and what, without the parser's advice to its own caller ("Change the reader options",
/// "when isFinalBlock is true") or its zero-based positions.
/// </summary>
internal static partial class JsonSyntaxError
{
    // sentences of System.Text.Json's messages that speak to the program reading the JSON, not to its author
    private static readonly string[] ParserAdvice = ["reader options", "isFinalBlock", "JsonReaderOptions", "in this mode"];

    /// <summary>The message for <paramref name="e"/>, thrown while parsing <paramref name="utf8"/>.</summary>
    public static string Describe(JsonException e, ReadOnlySpan<byte> utf8)
    {
        if (IsBlank(utf8))
            return utf8.IsEmpty ? "The JSON is empty: there is no workspace in it." : "The JSON is empty (only white space): there is no workspace in it.";
        var offset = (int)Math.Min(JsonTextPosition.Offset(utf8, e.LineNumber ?? 0, e.BytePositionInLine ?? 0), utf8.Length);
        return $"Malformed JSON at {JsonTextPosition.At(utf8, offset)}: {What(ExceptionWords.Of(e), utf8, offset)}";
    }

    private static string What(string message, ReadOnlySpan<byte> utf8, int offset)
    {
        if (offset < utf8.Length && utf8[offset] is (byte)'}' or (byte)']' && LastNonBlank(utf8[..offset]) == ',')
            return $"a comma before the closing '{(char)utf8[offset]}'. JSON allows no comma after the last item: remove it.";
        if (IsBlank(utf8[offset..]))
            return "the JSON ends before every object, array and string in it is closed. Is it complete?";
        if (Depth().Match(message) is { Success: true } depth)
            return $"objects and arrays are nested more than {depth.Groups[1].Value} deep.";
        var sentences = Sentence().Matches(message).Select(m => m.Value.Trim())
            .Where(s => s.Length > 0 && !ParserAdvice.Any(a => s.Contains(a, StringComparison.Ordinal)));
        var text = string.Join(' ', sentences).Replace("JSON payload", "JSON", StringComparison.Ordinal);
        return text.Length == 0 ? "this is not valid JSON." : text;
    }

    private static bool IsBlank(ReadOnlySpan<byte> utf8) => utf8.TrimStart(" \t\r\n"u8).IsEmpty;

    private static char LastNonBlank(ReadOnlySpan<byte> utf8)
    {
        var trimmed = utf8.TrimEnd(" \t\r\n"u8);
        return trimmed.IsEmpty ? '\0' : (char)trimmed[^1];
    }

    [GeneratedRegex(@"maximum configured depth of (\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex Depth();

    // a sentence ends at ". " (the parser's quoted characters, such as '.', are inside quotes)
    [GeneratedRegex(@"(?:'[^']*'|[^.'])+(?:\.|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();
}
