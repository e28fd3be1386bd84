using System.Globalization;
using System.Text;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// The text writer a <see cref="MarkdownWriter"/> writes through: it passes everything on and remembers the last two
/// characters, all the writer needs to place blank lines between blocks. Escaped model text is written straight into it
/// (<see cref="MarkdownText"/>), never made into a string of its own first.
/// </summary>
internal sealed class MarkdownOutput(TextWriter inner) : TextWriter(CultureInfo.InvariantCulture)
{
    /// <summary>The writer everything is passed on to.</summary>
    public TextWriter Inner => inner;

    /// <summary>The last character written, or '\0'.</summary>
    public char Last { get; private set; }

    /// <summary>The character before <see cref="Last"/>, or '\0'.</summary>
    public char BeforeLast { get; private set; }

    /// <summary>Whether anything was written.</summary>
    public bool Started { get; private set; }

    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value)
    {
        inner.Write(value);
        BeforeLast = Last;
        Last = value;
        Started = true;
    }

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (buffer.IsEmpty) return;
        inner.Write(buffer);
        BeforeLast = buffer.Length >= 2 ? buffer[^2] : Last;
        Last = buffer[^1];
        Started = true;
    }

    /// <inheritdoc />
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override void Flush() => inner.Flush();
}
