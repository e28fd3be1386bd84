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

    // Readers of an unchanged model may run in parallel (documents are rendered concurrently), and catching up writes the
    // index: so it is done under a lock, and _indexed is published only once the index holds every item it counts.
    private void CatchUp()
    {
        if (Volatile.Read(ref _indexed) == table.Count) return;
        lock (_first)
        {
            var indexed = _indexed;
            if (indexed > table.Count)
            {
                // The table shrank (not done today): start over rather than answer wrongly.
                _first.Clear();
                indexed = 0;
            }
            for (; indexed < table.Count; indexed++)
                if (key(table[indexed]) is { } k) _first.TryAdd(k, indexed);
            Volatile.Write(ref _indexed, indexed);
        }
    }
}
