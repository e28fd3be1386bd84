using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// Writes lines with four-space indentation and "\n" line endings, whatever the platform, to a
/// <see cref="TextWriter"/> as it goes (or to memory, for <see cref="ToString"/>). A line is written whole
/// (<see cref="Line"/>) or in pieces (<see cref="Write(string?)"/>, <see cref="Quoted(string?)"/>, … then
/// <see cref="EndLine"/>), the pieces going straight to the output: the same text either way, and no string per line.
/// A collapsible block (<see cref="OpenCollapsible()"/>) is written as <c>head {</c> … <c>}</c> when anything is
/// written inside it and as <c>head</c> alone when nothing is: its opening line waits until its first line of
/// content, so nothing written is ever taken back and the text can stream to a file.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "The heads' StringWriter only wraps a StringBuilder: nothing to release.")]
internal sealed class IndentedWriter
{
    private const string Spaces = "                                                                ";
    private readonly TextWriter _out;
    private readonly SegmentedStringWriter? _memory;
    // The heads of the open collapsible blocks, one after another, innermost last: a head is kept here (not as a
    // string of its own) until its block is known to be empty or not, and forgotten when its block closes.
    private readonly StringBuilder _heads = new(256);
    private readonly StringWriter _headWriter;
    private Collapsible[] _open = new Collapsible[8];
    private int _openCount;
    // How many of the innermost collapsible blocks have not written their opening line yet (always a suffix of _open).
    private int _waiting;
    private int _depth;
    // The line being written: its indentation is written (it has content), or it is the head of a collapsible block.
    private bool _lineStarted;
    private bool _inHead;
    private int _headStart;

    /// <summary>A writer that keeps the text in memory (<see cref="ToString"/> gives it).</summary>
    public IndentedWriter() : this(new SegmentedStringWriter()) => _memory = (SegmentedStringWriter)_out;

    /// <summary>A writer that writes to <paramref name="output"/> as it goes.</summary>
    public IndentedWriter(TextWriter output)
    {
        _out = output;
        _headWriter = new StringWriter(_heads, CultureInfo.InvariantCulture);
    }

    /// <summary>A whole line: the same as <c>Write(line).EndLine()</c>. An empty line is a blank line.</summary>
    public IndentedWriter Line(string line = "") => Write(line).EndLine();

    /// <summary>Writes a piece of the current line (nothing when it is empty).</summary>
    public IndentedWriter Write(string? text) => Write(text.AsSpan());

    /// <summary>Writes a piece of the current line (nothing when it is empty).</summary>
    public IndentedWriter Write(ReadOnlySpan<char> text)
    {
        if (!text.IsEmpty) Content().Write(text);
        return this;
    }

    /// <summary>Writes a number as a piece of the current line, in invariant digits (no string for it).</summary>
    public IndentedWriter Write(int value)
    {
        Span<char> digits = stackalloc char[11];
        value.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
        return Write(digits[..length]);
    }

    /// <summary>Writes <paramref name="text"/> DSL-quoted as a piece of the current line (see <see cref="DslText"/>).</summary>
    public IndentedWriter Quoted(string? text) => Quoted(text.AsSpan());

    /// <summary>Writes <paramref name="text"/> DSL-quoted as a piece of the current line (see <see cref="DslText"/>).</summary>
    public IndentedWriter Quoted(ReadOnlySpan<char> text)
    {
        DslText.WriteQuoted(Content(), text);
        return this;
    }

    /// <summary>Writes UTF-8 <paramref name="utf8"/> DSL-quoted as a piece of the current line (see <see cref="DslText"/>).</summary>
    public IndentedWriter Quoted(ReadOnlySpan<byte> utf8)
    {
        DslText.WriteQuoted(Content(), utf8);
        return this;
    }

    /// <summary>
    /// Ends the current line. A line with nothing written is a blank line, and a blank line alone does not make a
    /// collapsible block non-empty; after <see cref="OpenCollapsible()"/> it ends the block's head instead.
    /// </summary>
    public IndentedWriter EndLine()
    {
        if (_inHead)
        {
            _inHead = false;
            if (_openCount == _open.Length) Array.Resize(ref _open, _open.Length * 2);
            _open[_openCount++] = new Collapsible(_headStart, _heads.Length - _headStart, _depth);
            _waiting++;
            _depth++;
        }
        else if (_lineStarted)
        {
            _lineStarted = false;
            _out.Write('\n');
        }
        else if (_waiting > 0)
        {
            // Written only if the block turns out to have content.
            _open[_openCount - 1].BlankLines++;
        }
        else
        {
            _out.Write('\n');
        }
        return this;
    }

    /// <summary>A line that opens a block: the lines after it are indented one level more until <see cref="Close"/>.</summary>
    public IndentedWriter Open(string line) => Write(line).Open();

    /// <summary>Ends the current line (written in pieces) as the opening line of a block, like <see cref="Open(string)"/>.</summary>
    public IndentedWriter Open()
    {
        if (_inHead) throw new InvalidOperationException("A collapsible block's head is being written: end it with EndLine.");
        EndLine();
        _depth++;
        return this;
    }

    /// <summary>Closes the innermost block opened with <see cref="Open(string)"/> with <paramref name="line"/>.</summary>
    public IndentedWriter Close(string line = "}")
    {
        EnsureNoLine();
        _depth--;
        return Line(line);
    }

    /// <summary>Opens a block that is written as <c>head {</c> when something is written inside it, else as <c>head</c>.</summary>
    public IndentedWriter OpenCollapsible(string head) => OpenCollapsible().Write(head).EndLine();

    /// <summary>
    /// Opens a collapsible block (see <see cref="OpenCollapsible(string)"/>) whose head is written next, in pieces,
    /// and ended with <see cref="EndLine"/>.
    /// </summary>
    public IndentedWriter OpenCollapsible()
    {
        EnsureNoLine();
        _inHead = true;
        _headStart = _heads.Length;
        return this;
    }

    /// <summary>Closes the innermost collapsible block: <c>}</c>, or the head alone when the block stayed empty.</summary>
    public IndentedWriter CloseCollapsible()
    {
        EnsureNoLine();
        var block = _open[--_openCount];
        _depth--;
        if (block.HeadWritten)
        {
            Line("}");
        }
        else
        {
            _waiting--;
            if (block.Length > 0)
            {
                Content();
                WriteHead(block);
            }
            EndLine();
        }
        _heads.Length = block.Start;
        return this;
    }

    /// <summary>The text, for a writer made without an output.</summary>
    /// <exception cref="InvalidOperationException">The writer writes to an output of its caller's.</exception>
    public override string ToString()
        => _memory?.ToString() ?? throw new InvalidOperationException("This writer writes to its output as it goes; read the text from that output.");

    /// <summary>Where the next piece of the current line goes; the first piece of a line writes what must precede it.</summary>
    private TextWriter Content()
    {
        if (_inHead) return _headWriter;
        if (!_lineStarted)
        {
            WriteWaitingHeads();
            Indent(_depth);
            _lineStarted = true;
        }
        return _out;
    }

    private void EnsureNoLine()
    {
        if (_lineStarted || _inHead) throw new InvalidOperationException("A line is being written in pieces: end it with EndLine first.");
    }

    private void WriteWaitingHeads()
    {
        for (var i = _openCount - _waiting; i < _openCount; i++)
        {
            ref var block = ref _open[i];
            Indent(block.Depth);
            WriteHead(block);
            _out.Write(" {\n");
            for (var blank = 0; blank < block.BlankLines; blank++) _out.Write('\n');
            block.HeadWritten = true;
        }
        _waiting = 0;
    }

    private void WriteHead(in Collapsible block)
    {
        var skip = block.Start;
        var left = block.Length;
        foreach (var chunk in _heads.GetChunks())
        {
            var span = chunk.Span;
            if (skip >= span.Length)
            {
                skip -= span.Length;
                continue;
            }
            var piece = span.Slice(skip, Math.Min(left, span.Length - skip));
            _out.Write(piece);
            left -= piece.Length;
            skip = 0;
            if (left == 0) return;
        }
    }

    private void Indent(int depth)
    {
        for (var spaces = depth * 4; spaces > 0; spaces -= Spaces.Length) _out.Write(Spaces.AsSpan(0, Math.Min(spaces, Spaces.Length)));
    }

    /// <summary>An open collapsible block: where its head stands in the heads buffer, and what it has written.</summary>
    private struct Collapsible(int start, int length, int depth)
    {
        public readonly int Start = start;
        public readonly int Length = length;
        public readonly int Depth = depth;
        public int BlankLines;
        public bool HeadWritten;
    }
}
