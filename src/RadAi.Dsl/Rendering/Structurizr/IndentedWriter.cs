using System.Globalization;

namespace RadAi.Dsl.Rendering.Structurizr;

/// <summary>
/// Writes lines with four-space indentation and "\n" line endings, whatever the platform, to a
/// <see cref="TextWriter"/> as it goes (or to memory, for <see cref="ToString"/>). A collapsible block
/// (<see cref="OpenCollapsible"/>) is written as <c>head {</c> … <c>}</c> when anything is written inside it and as
/// <c>head</c> alone when nothing is: its opening line waits until its first line of content, so nothing written is
/// ever taken back and the text can stream to a file.
/// </summary>
internal sealed class IndentedWriter
{
    private const string Spaces = "                                                                ";
    private readonly TextWriter _out;
    private readonly StringWriter? _memory;
    private readonly List<Collapsible> _open = [];
    // How many of the innermost collapsible blocks have not written their opening line yet (always a suffix of _open).
    private int _waiting;
    private int _depth;

    /// <summary>A writer that keeps the text in memory (<see cref="ToString"/> gives it).</summary>
    public IndentedWriter() : this(new StringWriter(CultureInfo.InvariantCulture)) => _memory = (StringWriter)_out;

    /// <summary>A writer that writes to <paramref name="output"/> as it goes.</summary>
    public IndentedWriter(TextWriter output) => _out = output;

    public IndentedWriter Line(string line = "")
    {
        if (line.Length == 0 && _waiting > 0)
        {
            // A blank line alone does not make a block non-empty: it is written only if the block is.
            _open[^1].BlankLines++;
            return this;
        }
        WriteWaitingHeads();
        Write(_depth, line);
        return this;
    }

    public IndentedWriter Open(string line)
    {
        Line(line);
        _depth++;
        return this;
    }

    public IndentedWriter Close(string line = "}")
    {
        _depth--;
        return Line(line);
    }

    /// <summary>Opens a block that is written as <c>head {</c> when something is written inside it, else as <c>head</c>.</summary>
    public IndentedWriter OpenCollapsible(string head)
    {
        _open.Add(new Collapsible(head, _depth));
        _waiting++;
        _depth++;
        return this;
    }

    /// <summary>Closes the innermost collapsible block: <c>}</c>, or the head alone when the block stayed empty.</summary>
    public IndentedWriter CloseCollapsible()
    {
        var block = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        _depth--;
        if (!block.HeadWritten)
        {
            _waiting--;
            return Line(block.Head);
        }
        return Line("}");
    }

    /// <summary>The text, for a writer made without an output.</summary>
    /// <exception cref="InvalidOperationException">The writer writes to an output of its caller's.</exception>
    public override string ToString()
        => _memory?.ToString() ?? throw new InvalidOperationException("This writer writes to its output as it goes; read the text from that output.");

    private void WriteWaitingHeads()
    {
        for (var i = _open.Count - _waiting; i < _open.Count; i++)
        {
            var block = _open[i];
            Write(block.Depth, block.Head + " {");
            for (var blank = 0; blank < block.BlankLines; blank++) _out.Write('\n');
            block.HeadWritten = true;
        }
        _waiting = 0;
    }

    private void Write(int depth, string line)
    {
        if (line.Length > 0)
        {
            for (var spaces = depth * 4; spaces > 0; spaces -= Spaces.Length) _out.Write(Spaces.AsSpan(0, Math.Min(spaces, Spaces.Length)));
            _out.Write(line);
        }
        _out.Write('\n');
    }

    private sealed class Collapsible(string head, int depth)
    {
        public string Head { get; } = head;
        public int Depth { get; } = depth;
        public int BlankLines { get; set; }
        public bool HeadWritten { get; set; }
    }
}
