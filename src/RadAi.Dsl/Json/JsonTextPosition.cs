using System.Globalization;

namespace RadAi.Dsl;

/// <summary>
/// A place in JSON text as every error message gives it: "line L, column C", both counted from 1, the column in
/// characters (Unicode code points, a tab counting one) as editors count them. Never the parser's zero-based line and
/// byte-in-line, which differ from what an editor shows by one and, after non-ASCII text, by more.
/// </summary>
internal static class JsonTextPosition
{
    /// <summary>"line L, column C" of the byte at <paramref name="offset"/> (the end of the text when past it).</summary>
    public static string At(ReadOnlySpan<byte> utf8, long offset)
    {
        var before = utf8[..(int)Math.Clamp(offset, 0, utf8.Length)];
        var line = 1 + before.Count((byte)'\n');
        var column = 1;
        // a character starts at every byte that is not a UTF-8 continuation byte (10xxxxxx)
        foreach (var b in before[(before.LastIndexOf((byte)'\n') + 1)..])
            if ((b & 0xC0) != 0x80) column++;
        return string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}");
    }

    /// <summary>The byte offset that System.Text.Json's zero-based line number and byte position in that line point to.</summary>
    public static long Offset(ReadOnlySpan<byte> utf8, long lineNumber, long bytePositionInLine)
    {
        var start = 0;
        for (long line = 0; line < lineNumber; line++)
        {
            var newline = utf8[start..].IndexOf((byte)'\n');
            if (newline < 0) return utf8.Length;
            start += newline + 1;
        }
        return start + bytePositionInLine;
    }
}
