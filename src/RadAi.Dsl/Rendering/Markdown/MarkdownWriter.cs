using System.Globalization;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// Writes one markdown document with "\n" line endings: headings, paragraphs, tables whose rows always
/// have as many cells as the header, lists, links and Mermaid blocks. Every <see cref="string"/> it is given is model
/// text and lands as the text it is (<see cref="MarkdownText"/>); the renderer's own markdown comes as <see cref="Markup"/>.
/// The text goes straight to a <see cref="TextWriter"/> (a file when the documentation set is written, so a large
/// document is never held in memory), or to memory for <see cref="ToString"/>.
/// </summary>
internal sealed partial class MarkdownWriter
{
    private readonly TextWriter _out;
    private readonly SegmentedStringWriter? _memory;
    // The last two characters written: all Gap needs to know, without reading the text back.
    private char _last;
    private char _beforeLast;
    private bool _started;
    // The table being written row by row (BeginTable … EndTable), if any.
    private IReadOnlyList<string>? _tableHeaders;
    private string _tableWhenEmpty = string.Empty;
    private int _tableRows;

    /// <summary>A writer that keeps the document in memory (<see cref="ToString"/> gives it).</summary>
    public MarkdownWriter() : this(new SegmentedStringWriter()) => _memory = (SegmentedStringWriter)_out;

    /// <summary>A writer that writes the document to <paramref name="output"/> as it goes.</summary>
    public MarkdownWriter(TextWriter output) => _out = output;

    /// <summary>A heading of text; level 1 is the document title.</summary>
    public MarkdownWriter Heading(int level, string text)
    {
        NoOpenTable();
        Sections?.BeforeHeading(this, level, text);
        Gap();
        for (var i = Math.Clamp(level, 1, 6); i > 0; i--) Put('#');
        Put(' ');
        Put(MarkdownText.Inline(text));
        Put('\n');
        return this;
    }

    /// <summary>A paragraph of text (several when it has blank lines), shown as written.</summary>
    public MarkdownWriter Paragraph(string text) => Block(MarkdownText.Lines(text));

    /// <summary>A paragraph of the renderer's markdown.</summary>
    public MarkdownWriter Paragraph(Markup markup) => Block(markup.Markdown);

    /// <summary>A paragraph of the renderer's markdown with model text in its holes (see <see cref="MarkupBuilder"/>).</summary>
    public MarkdownWriter Paragraph(ref MarkupBuilder markup) => Paragraph(Markup.Of(ref markup));

    /// <summary>A paragraph of text in emphasis: what a section says when it has nothing to show.</summary>
    public MarkdownWriter Note(string text) => Paragraph(Markup.Emphasis(text));

    /// <summary>
    /// A table, or <paramref name="whenEmpty"/> as a note when there are no rows. A cell is model text (a string, escaped)
    /// or the renderer's markdown (a link, emphasis); a blank cell shows an em dash.
    /// </summary>
    public MarkdownWriter Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<Markup>> rows, string whenEmpty)
    {
        BeginTable(headers, whenEmpty);
        foreach (var cells in rows) Row(cells as Markup[] ?? [.. cells]);
        return EndTable();
    }

    /// <summary>
    /// Starts a table written row by row with <c>Row</c> and closed with <see cref="EndTable"/>, which writes
    /// <paramref name="whenEmpty"/> as a paragraph when no row came; the same text as <c>Table</c>. For tables with
    /// a row per model item: no array, list or enumerator per row. Nothing else may be written until the table ends.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another table is still open.</exception>
    public MarkdownWriter BeginTable(IReadOnlyList<string> headers, string whenEmpty)
    {
        if (_tableHeaders is not null) throw new InvalidOperationException("A table is still open; end it with EndTable before starting another.");
        _tableHeaders = headers;
        _tableWhenEmpty = whenEmpty;
        _tableRows = 0;
        return this;
    }

    /// <summary>A row of the open table (see <see cref="BeginTable"/>), as many cells as the header.</summary>
    /// <exception cref="InvalidOperationException">No table is open, or the row has another number of cells than the header.</exception>
    public MarkdownWriter Row(params ReadOnlySpan<Markup> cells)
    {
        var headers = _tableHeaders ?? throw new InvalidOperationException("No table is open; start one with BeginTable.");
        if (cells.Length != headers.Count)
            throw new InvalidOperationException($"A table row has {cells.Length} cells but the header has {headers.Count}: {string.Join(" | ", cells.ToArray())}");
        // The header comes with the first row, so a table without rows is only its paragraph.
        if (_tableRows++ == 0) Header(headers);
        Put('|');
        foreach (var cell in cells) Cell(cell.CellMarkdown);
        Put('\n');
        return this;
    }

    /// <summary>Ends the open table: its paragraph when no row came.</summary>
    /// <exception cref="InvalidOperationException">No table is open.</exception>
    public MarkdownWriter EndTable()
    {
        if (_tableHeaders is null) throw new InvalidOperationException("No table is open; start one with BeginTable.");
        _tableHeaders = null;
        return _tableRows == 0 ? Note(_tableWhenEmpty) : this;
    }

    /// <summary>A two-column key/value table of the non-empty values (text, or the renderer's markdown such as a link).</summary>
    public MarkdownWriter Facts(ReadOnlySpan<(string Key, Markup Value)> facts, string whenEmpty)
    {
        BeginTable(FactHeaders, whenEmpty);
        foreach (var (key, value) in facts)
            if (!value.IsEmpty) Row(key, value);
        return EndTable();
    }

    private static readonly string[] FactHeaders = ["Property", "Value"];

    /// <summary>A bulleted list (one line per item: model text escaped, or the renderer's markdown), or <paramref name="whenEmpty"/> as a note.</summary>
    public MarkdownWriter Bullets(IEnumerable<Markup> items, string whenEmpty)
    {
        NoOpenTable();
        using var item = items.GetEnumerator();
        if (!item.MoveNext()) return Note(whenEmpty);
        Gap();
        do
        {
            Put("- ");
            Put(item.Current.Markdown);
            Put('\n');
        }
        while (item.MoveNext());
        return this;
    }

    /// <summary>A fenced Mermaid diagram.</summary>
    public MarkdownWriter Mermaid(string diagram)
    {
        NoOpenTable();
        Gap();
        Put("```mermaid\n");
        Put((diagram.Contains('\r', StringComparison.Ordinal) ? diagram.Replace("\r\n", "\n", StringComparison.Ordinal) : diagram).AsSpan().TrimEnd('\n'));
        Put("\n```\n");
        return this;
    }

    /// <summary>A fenced Mermaid diagram, written straight from the diagram into the document.</summary>
    public MarkdownWriter Mermaid(IMermaidDiagram diagram)
    {
        NoOpenTable();
        Gap();
        Put("```mermaid\n");
        // The source ends with its one "\n" (see IMermaidDiagram), so this is what the text overload writes.
        diagram.WriteTo(_out);
        Put("```\n");
        return this;
    }

    /// <summary>The document so far, for a writer made without an output.</summary>
    /// <exception cref="InvalidOperationException">The writer writes to an output of its caller's.</exception>
    public override string ToString()
        => _memory?.ToString() ?? throw new InvalidOperationException("This markdown writer writes to its output as it goes; read the document from that output.");

    /// <summary>The document, for a writer made without an output, whose memory is then given back: the writer is done.</summary>
    /// <exception cref="InvalidOperationException">The writer writes to an output of its caller's.</exception>
    internal string Finish()
    {
        var text = ToString();
        _memory!.Dispose();
        return text;
    }

    private void Header(IReadOnlyList<string> headers)
    {
        Gap();
        Put('|');
        foreach (var header in headers) Cell(MarkdownText.Cell(header));
        Put('\n');
        Put('|');
        foreach (var _ in headers) Put(" --- |");
        Put('\n');
    }

    private void Cell(string markdown)
    {
        Put(' ');
        Put(markdown);
        Put(" |");
    }

    // A block of markdown (its lines as they are), closed by a line break.
    private MarkdownWriter Block(string markdown)
    {
        NoOpenTable();
        Gap();
        Put(markdown);
        Put('\n');
        return this;
    }

    private void NoOpenTable()
    {
        if (_tableHeaders is not null) throw new InvalidOperationException("A table is still open; end it with EndTable before writing anything else.");
    }

    // One blank line between blocks.
    private void Gap()
    {
        if (_started && !(_last == '\n' && _beforeLast == '\n')) Put('\n');
    }

    private void Put(char c)
    {
        _out.Write(c);
        _beforeLast = _last;
        _last = c;
        _started = true;
    }

    private void Put(string text) => Put(text.AsSpan());

    private void Put(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return;
        _out.Write(text);
        _beforeLast = text.Length >= 2 ? text[^2] : _last;
        _last = text[^1];
        _started = true;
    }
}
