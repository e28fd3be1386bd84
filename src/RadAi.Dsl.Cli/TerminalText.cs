using System.Globalization;

namespace RadAi.Dsl.Cli;

/// <summary>
/// One line of text for the terminal, from wherever it came (a server's message, a name in the model, a file name):
/// control characters and bidirectional overrides are escaped as the library's text report escapes them
/// (<see cref="PrintableText"/>), and a message longer than <see cref="MaxLength"/> characters is cut with a note of how
/// much was left out. Every line radai prints on its own passes here: <see cref="FailureReport"/>,
/// <see cref="StandardOutput.WriteLine"/>, <see cref="TerminalProgress"/>.
/// </summary>
internal static class TerminalText
{
    /// <summary>The most characters of a message that are printed.</summary>
    public const int MaxLength = 500;

    /// <summary>The text as one safe line, cut after <see cref="MaxLength"/> characters.</summary>
    public static string Line(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxLength) return PrintableText.Escape(text);
        // never between the two halves of a surrogate pair
        var kept = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return PrintableText.Escape(text.AsSpan(0, kept)) + $"… ({(text.Length - kept).ToString("N0", CultureInfo.InvariantCulture)} more characters)";
    }
}
