using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// Writes one markdown document with "\n" line endings: headings, paragraphs, tables whose rows always
/// have as many cells as the header, lists, links and Mermaid blocks. Every <see cref="string"/> it is given is model
/// text and lands as the text it is (<see cref="MarkdownText"/>); the renderer's own markdown comes as <see cref="Markup"/>.
/// The text goes straight to a <see cref="TextWriter"/>: a file when the documentation set is written (a large
/// document is never held in memory), a buffer in memory when it is rendered (<see cref="DocumentOutput"/>).
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "The output only passes text on to its caller's writer, which the caller disposes.")]
internal sealed partial class MarkdownWriter
{
    private readonly MarkdownOutput _out;
    private readonly StringWriter? _memory;
    // The table being written row by row (BeginTable … EndTable), if any.
    private IReadOnlyList<string>? _tableHeaders;
    private string _tableWhenEmpty = string.Empty;
    private int _tableRows;

    /// <summary>A writer that writes the document to <paramref name="output"/> as it goes.</summary>
    public MarkdownWriter(TextWriter output) => _out = new MarkdownOutput(output);

    /// <summary>A writer into a string of its own (<see cref="ToString"/>): the same writer over a text buffer, for a fragment.</summary>
    public MarkdownWriter() : this(new StringWriter(CultureInfo.InvariantCulture)) => _memory = (StringWriter)_out.Inner;

    /// <summary>The output, for text escaped straight into it (<see cref="MarkupBuilder"/>).</summary>
    internal TextWriter Output => _out;

    /// <summary>A heading of text; level 1 is the document title.</summary>
    public MarkdownWriter Heading(int level, string text)
    {
        NoOpenTable();
        Sections?.BeforeHeading(this, level, text);
        Gap();
        for (var i = Math.Clamp(level, 1, 6); i > 0; i--) Put('#');
        Put(' ');
        MarkdownText.WriteInline(_out, text);
        Put('\n');
        return this;
    }

    /// <summary>A paragraph of text (several when it has blank lines), shown as written.</summary>
    public MarkdownWriter Paragraph(string text)
    {
        BeginBlock();
        MarkdownText.WriteLines(_out, text);
        return EndBlock();
    }

    /// <summary>A paragraph of the renderer's markdown.</summary>
    public MarkdownWriter Paragraph(Markup markup)
    {
        BeginBlock();
        markup.WriteTo(_out);
        return EndBlock();
    }

    /// <summary>
    /// A paragraph of the renderer's markdown with model text in its holes (see <see cref="MarkupBuilder"/>), written
    /// straight into the document: the builder begins the paragraph when it is made, before its holes are written.
    /// </summary>
    public MarkdownWriter Paragraph([InterpolatedStringHandlerArgument("")] ref MarkupBuilder markup) => EndBlock();

    /// <summary>A paragraph of text in emphasis: what a section says when it has nothing to show.</summary>
    public MarkdownWriter Note(string text) => Paragraph(Markup.Emphasis(text));

    /// <summary>
    /// A table, or <paramref name="whenEmpty"/> as a note when there are no rows. A cell is model text (a string, escaped)
    /// or the renderer's markdown (a link, emphasis); a blank cell shows "not stated".
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
    // Compiled optimised at once, as the rest of the markdown path is (why: MarkdownText).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public MarkdownWriter Row(params ReadOnlySpan<Markup> cells)
    {
        var headers = _tableHeaders ?? throw new InvalidOperationException("No table is open; start one with BeginTable.");
        if (cells.Length != headers.Count)
            throw new InvalidOperationException($"A table row has {cells.Length} cells but the header has {headers.Count}: {string.Join(" | ", cells.ToArray())}");
        // The header comes with the first row, so a table without rows is only its paragraph.
        if (_tableRows++ == 0) Header(headers);
        Put('|');
        foreach (var cell in cells)
        {
            Put(' ');
            cell.WriteCellTo(_out);
            Put(" |");
        }
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
            item.Current.WriteTo(_out);
            Put('\n');
        }
        while (item.MoveNext());
        return this;
    }

    /// <summary>A fenced Mermaid diagram.</summary>
    public MarkdownWriter Mermaid(string diagram) => Fenced("mermaid", diagram);

    /// <summary>A fenced block with an info string (<c>json</c>, <c>mermaid</c>, …); the text as written, "\n" line endings.</summary>
    public MarkdownWriter Fenced(string info, string text)
    {
        NoOpenTable();
        Gap();
        Put("```");
        Put(info);
        Put('\n');
        Put((text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal) : text).AsSpan().TrimEnd('\n'));
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Header(IReadOnlyList<string> headers)
    {
        Gap();
        Put('|');
        foreach (var header in headers)
        {
            Put(' ');
            MarkdownText.WriteCell(_out, header);
            Put(" |");
        }
        Put('\n');
        Put('|');
        foreach (var _ in headers) Put(" --- |");
        Put('\n');
    }

    /// <summary>Starts a block of markdown: what <see cref="MarkupBuilder"/> does before it writes a paragraph.</summary>
    internal void BeginBlock()
    {
        NoOpenTable();
        Gap();
    }

    // Closes a block of markdown with a line break.
    private MarkdownWriter EndBlock()
    {
        Put('\n');
        return this;
    }

    private void NoOpenTable()
    {
        if (_tableHeaders is not null) throw new InvalidOperationException("A table is still open; end it with EndTable before writing anything else.");
    }

    // One blank line between blocks.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Gap()
    {
        if (_out.Started && !(_out.Last == '\n' && _out.BeforeLast == '\n')) Put('\n');
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Put(char c) => _out.Write(c);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Put(string text) => _out.Write(text.AsSpan());

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Put(ReadOnlySpan<char> text) => _out.Write(text);
}
