namespace RadAi.Dsl;

/// <summary>A table of a <see cref="UserSection"/>: a header and rows of text as written, each row as long as the header.</summary>
public sealed record UserTable
{
    /// <summary>The column names.</summary>
    public required EquatableList<string> Header { get; init => field = value ?? []; }

    /// <summary>The rows, each with one cell per column.</summary>
    public required EquatableList<EquatableList<string>> Rows { get; init => field = value ?? []; }

    /// <summary>Throws unless there is a column and every row has one cell per column.</summary>
    /// <exception cref="ArgumentException">No column, or a row of another length.</exception>
    internal void RequireWellFormed(string what)
    {
        if (Header.Count == 0) throw new ArgumentException($"{what}: the table needs at least one column.");
        for (var i = 0; i < Rows.Count; i++)
            if (Rows[i] is not { } row || row.Count != Header.Count)
                throw new ArgumentException($"{what}: table row {i} has {Rows[i]?.Count ?? 0} cells but the header has {Header.Count}.");
    }
}
