namespace RadAi.Dsl.Rendering;

/// <summary>Tables of RAD-AI records, whose extra facts become extra columns (<see cref="ExtraFactColumns"/>), and the user sections placed among the headings.</summary>
internal sealed partial class MarkdownWriter
{
    private ExtraFactColumns? _extraColumns;

    /// <summary>The user sections of the document being written, placed as its headings go by; null when it has none.</summary>
    public UserSectionPlacement? Sections { get; set; }

    /// <summary>
    /// A table of records, or <paramref name="whenEmpty"/> as a note when there are none: the cells <paramref name="cells"/>
    /// gives for each record, then one column per extra fact the records state.
    /// </summary>
    public MarkdownWriter Table<T>(IReadOnlyList<string> headers, IEnumerable<T> records, Func<T, IReadOnlyList<Markup>> cells, string whenEmpty)
        where T : RadAiRecord
    {
        var rows = records as IReadOnlyList<T> ?? [.. records];
        BeginTable(headers, rows, whenEmpty);
        foreach (var record in rows)
        {
            var row = cells(record);
            Row(record, row as Markup[] ?? [.. row]);
        }
        return EndTable();
    }

    /// <summary>As <see cref="Table{T}(IReadOnlyList{string}, IEnumerable{T}, Func{T, IReadOnlyList{Markup}}, string)"/>, the cells made from each record and its position (from 0).</summary>
    public MarkdownWriter Table<T>(IReadOnlyList<string> headers, IEnumerable<T> records, Func<T, int, IReadOnlyList<Markup>> cells, string whenEmpty)
        where T : RadAiRecord
    {
        var position = 0;
        return Table(headers, records, record => cells(record, position++), whenEmpty);
    }

    /// <summary>Starts a table of records written with <see cref="Row(RadAiRecord, ReadOnlySpan{Markup})"/>: the headers, then one column per extra fact the records state.</summary>
    /// <exception cref="InvalidOperationException">Another table is still open.</exception>
    public MarkdownWriter BeginTable<T>(IReadOnlyList<string> headers, IEnumerable<T> records, string whenEmpty) where T : RadAiRecord
    {
        var columns = ExtraFactColumns.Of(records);
        BeginTable(columns.After(headers), whenEmpty);
        _extraColumns = columns;
        return this;
    }

    /// <summary>A row of a table of records: the record's cells, then its extra facts ("not stated" for those it lacks).</summary>
    /// <exception cref="InvalidOperationException">No table of records is open, or the row has another number of cells than the header.</exception>
    public MarkdownWriter Row(RadAiRecord record, params ReadOnlySpan<Markup> cells)
    {
        var columns = _extraColumns ?? throw new InvalidOperationException("No table of records is open; start one with BeginTable(headers, records, whenEmpty).");
        return columns.Names.Count == 0 ? Row(cells) : Row(columns.After(cells, record));
    }
}
