using System.Globalization;
using System.Runtime.CompilerServices;
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

    // Fields, not auto-properties: every piece of a document passes through Write, and until the JIT recompiles it
    // (seconds into a fresh process) each property access would be a call of its own.
    private char _last;
    private char _beforeLast;
    private bool _started;

    /// <summary>The last character written, or '\0'.</summary>
    public char Last => _last;

    /// <summary>The character before <see cref="Last"/>, or '\0'.</summary>
    public char BeforeLast => _beforeLast;

    /// <summary>Whether anything was written.</summary>
    public bool Started => _started;

    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    // Compiled optimised at once, as the rest of the markdown path is (why: MarkdownText).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Write(char value)
    {
        inner.Write(value);
        _beforeLast = _last;
        _last = value;
        _started = true;
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (buffer.IsEmpty) return;
        inner.Write(buffer);
        _beforeLast = buffer.Length >= 2 ? buffer[^2] : _last;
        _last = buffer[^1];
        _started = true;
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override void Flush() => inner.Flush();
}
