namespace RadAi.Dsl.Rendering;

/// <summary>
/// The extra-fact columns of one table (<see cref="RadAiRecord.ExtraFacts"/>): the union of the names its rows state,
/// in order of first appearance, so every row has the same columns; a row that does not state a fact shows
/// <see cref="MarkdownText.NotStated"/>.
/// </summary>
internal sealed class ExtraFactColumns
{
    private static readonly ExtraFactColumns None = new([]);

    private ExtraFactColumns(string[] names) => Names = names;

    /// <summary>The column names, in order of first appearance (names differing only in case are one column).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The columns of a table of these records.</summary>
    public static ExtraFactColumns Of<T>(IEnumerable<T> records) where T : RadAiRecord
    {
        List<string>? names = null;
        HashSet<string>? seen = null;
        foreach (var record in records)
            foreach (var fact in record.ExtraFacts)
            {
                seen ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                if (seen.Add(fact.Name.Trim())) (names ??= []).Add(fact.Name.Trim());
            }
        return names is null ? None : new ExtraFactColumns([.. names]);
    }

    /// <summary>The headers followed by the extra columns.</summary>
    public IReadOnlyList<string> After(IReadOnlyList<string> headers) => Names.Count == 0 ? headers : [.. headers, .. Names];

    /// <summary>A row's cells followed by its extra facts, one per column.</summary>
    public Markup[] After(ReadOnlySpan<Markup> cells, RadAiRecord record)
    {
        var row = new Markup[cells.Length + Names.Count];
        cells.CopyTo(row);
        for (var i = 0; i < Names.Count; i++) row[cells.Length + i] = record.ExtraFact(Names[i]) ?? MarkdownText.NotStated;
        return row;
    }
}
