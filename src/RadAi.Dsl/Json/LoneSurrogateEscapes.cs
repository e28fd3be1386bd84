using System.Buffers.Text;

namespace RadAi.Dsl;

/// <summary>
/// Jackson reads a lone UTF-16 surrogate escape (<c>"\ud800"</c> without its other half) into the Java string as it
/// is, and Java's UTF-8 encoder writes that character as <c>?</c> (../shared/structurizr/FACTS.md 5.5). System.Text.Json
/// refuses to read such a string at all, so before reading, each lone surrogate escape is replaced by <c>\u003F</c>:
/// the workspace reads as the '?' structurizr-java writes for it, and, six bytes for six, every byte position in an
/// error message stays that of the input.
/// </summary>
internal static class LoneSurrogateEscapes
{
    private const int EscapeLength = 6; // \uXXXX

    /// <summary>The input, or a copy of it with every lone surrogate escape replaced (only when it has one).</summary>
    public static ReadOnlyMemory<byte> Replace(ReadOnlyMemory<byte> utf8)
    {
        var first = FindFirst(utf8.Span);
        if (first < 0) return utf8;
        var copy = utf8.ToArray();
        for (var at = first; at >= 0; at = Next(copy, at + EscapeLength)) "\\u003F"u8.CopyTo(copy.AsSpan(at));
        return copy;
    }

    /// <summary>Where the first lone surrogate escape starts, or -1.</summary>
    public static int FindFirst(ReadOnlySpan<byte> utf8) => Next(utf8, 0);

    private static int Next(ReadOnlySpan<byte> utf8, int from)
    {
        while (true)
        {
            // Escapes that name a surrogate all start \uD or \ud; anything else needs no look.
            var found = utf8[from..].IndexOf("\\u"u8);
            if (found < 0) return -1;
            var at = from + found;
            from = at + 2;
            if (IsEscaped(utf8, at) || Unit(utf8, at) is not { } unit || !char.IsSurrogate(unit)) continue;
            if (char.IsHighSurrogate(unit) && Unit(utf8, at + EscapeLength) is { } next && char.IsLowSurrogate(next))
            {
                from = at + 2 * EscapeLength; // a pair, written as two escapes
                continue;
            }
            return at;
        }
    }

    /// <summary>The UTF-16 unit of the escape <c>\uXXXX</c> at <paramref name="at"/>, or null when there is none.</summary>
    private static char? Unit(ReadOnlySpan<byte> utf8, int at)
    {
        if (at + EscapeLength > utf8.Length || utf8[at] != '\\' || utf8[at + 1] != 'u') return null;
        return Utf8Parser.TryParse(utf8.Slice(at + 2, 4), out ushort value, out var consumed, 'X') && consumed == 4 ? (char)value : null;
    }

    // A backslash preceded by an odd number of backslashes is itself escaped ("\\u..." is a backslash, then text).
    private static bool IsEscaped(ReadOnlySpan<byte> utf8, int at)
    {
        var backslashes = 0;
        for (var i = at - 1; i >= 0 && utf8[i] == '\\'; i--) backslashes++;
        return backslashes % 2 == 1;
    }
}
