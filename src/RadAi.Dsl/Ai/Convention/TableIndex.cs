namespace RadAi.Dsl.Ai;

/// <summary>
/// Finds the first item of a register table by a key in constant time, so that adding n records with uniqueness
/// checks stays linear. Tables only grow (or have an item replaced by one with the same key), so the index catches
/// up lazily with the items appended since it last looked.
/// </summary>
internal sealed class TableIndex<T, TKey>(IReadOnlyList<T> table, Func<T, TKey?> key, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _first = new(comparer);
    private int _indexed;

    /// <summary>The position of the first item with the key, or -1.</summary>
    public int IndexOf(TKey value)
    {
        CatchUp();
        return _first.TryGetValue(value, out var i) ? i : -1;
    }

    /// <summary>The first item with the key, or the default.</summary>
    public T? Find(TKey value) => IndexOf(value) is var i and >= 0 ? table[i] : default;

    /// <summary>Whether an item has the key.</summary>
    public bool Contains(TKey value) => IndexOf(value) >= 0;

    private void CatchUp()
    {
        if (_indexed > table.Count)
        {
            // The table shrank (not done today): start over rather than answer wrongly.
            _first.Clear();
            _indexed = 0;
        }
        for (; _indexed < table.Count; _indexed++)
            if (key(table[_indexed]) is { } k) _first.TryAdd(k, _indexed);
    }
}
