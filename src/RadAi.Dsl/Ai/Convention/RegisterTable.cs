using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RadAi.Dsl;

/// <summary>
/// A table of a register: its records in order of addition, the JSON property it is stored under, and any number of
/// indexes that find the first record with a key in constant time (so adding n records with uniqueness checks stays
/// linear). Records are checked before they are added (<see cref="Add"/>): a refused record leaves no trace.
/// </summary>
internal sealed class RegisterTable<T>(RadAiRegister owner, string name, Action<T> readBack) : RegisterPart(owner, name), IReadOnlyList<T>
    where T : class
{
    private readonly List<T> _rows = [];
    private readonly List<IIndex> _indexes = [];
    private JsonTypeInfo<T>? _contract;

    public int Count => _rows.Count;

    public T this[int index] => _rows[index];

    public override bool IsEmpty => _rows.Count == 0;

    private JsonTypeInfo<T> Contract => _contract ??= Owner.Root.WriteOptions.Contract<T>();

    /// <summary>An index of the table by a key (rows without a key are not indexed); it follows every change of the table.</summary>
    public Index<TKey> IndexBy<TKey>(Func<T, TKey?> key, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
    {
        var index = new Index<TKey>(this, key, comparer);
        _indexes.Add(index);
        return index;
    }

    /// <summary>Adds a record after checking that it can be stored; <paramref name="what"/> names it in errors.</summary>
    /// <exception cref="ArgumentException">The record refers to an element of another workspace or holds a number JSON cannot hold.</exception>
    public T Add(T row, string what)
    {
        ArgumentNullException.ThrowIfNull(row, what);
        (row as RadAiRecord)?.RequireValidExtraFacts(what);
        Owner.RequireStorable(row, Contract, what);
        _rows.Add(row);
        foreach (var index in _indexes) index.Added(row, _rows.Count - 1);
        Owner.Root.MarkUsed(Owner);
        return row;
    }

    /// <summary>Replaces the record at a position after checking it.</summary>
    /// <exception cref="ArgumentException">The record refers to an element of another workspace or holds a number JSON cannot hold.</exception>
    public T Replace(int position, T row, string what)
    {
        ArgumentNullException.ThrowIfNull(row, what);
        (row as RadAiRecord)?.RequireValidExtraFacts(what);
        Owner.RequireStorable(row, Contract, what);
        var old = _rows[position];
        _rows[position] = row;
        foreach (var index in _indexes) index.Replaced(old, row, position);
        return row;
    }

    public override void WriteValue(Utf8JsonWriter writer)
    {
        var contract = Contract;
        writer.WriteStartArray();
        foreach (var row in _rows) JsonSerializer.Serialize(writer, row, contract);
        writer.WriteEndArray();
    }

    public override void Read(RegisterReader reader)
    {
        foreach (var (row, path) in reader.Table<T>(Name)) reader.Apply(path, () => readBack(row));
    }

    public List<T>.Enumerator GetEnumerator() => _rows.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private interface IIndex
    {
        void Added(T row, int position);

        void Replaced(T old, T row, int position);
    }

    /// <summary>The first record of the table per key. Written only by the table's changes, so readers on several threads may share it.</summary>
    public sealed class Index<TKey>(RegisterTable<T> table, Func<T, TKey?> key, IEqualityComparer<TKey>? comparer) : IIndex
        where TKey : notnull
    {
        private readonly Dictionary<TKey, int> _first = new(comparer);

        /// <summary>The position of the first record with the key, or -1.</summary>
        public int IndexOf(TKey value) => _first.TryGetValue(value, out var i) ? i : -1;

        /// <summary>The first record with the key, or null.</summary>
        public T? Find(TKey value) => IndexOf(value) is var i and >= 0 ? table[i] : null;

        /// <summary>Whether a record has the key.</summary>
        public bool Contains(TKey value) => _first.ContainsKey(value);

        void IIndex.Added(T row, int position)
        {
            if (key(row) is { } k) _first.TryAdd(k, position);
        }

        void IIndex.Replaced(T old, T row, int position)
        {
            var oldKey = key(old);
            var newKey = key(row);
            if (oldKey is not null && !(newKey is not null && _first.Comparer.Equals(oldKey, newKey)) && IndexOf(oldKey) == position)
            {
                // The key left this row: the next row with it, if any, becomes the first.
                _first.Remove(oldKey);
                for (var i = position + 1; i < table.Count; i++)
                    if (key(table[i]) is { } k && _first.Comparer.Equals(k, oldKey))
                    {
                        _first[oldKey] = i;
                        break;
                    }
            }
            if (newKey is not null && (!_first.TryGetValue(newKey, out var first) || first > position)) _first[newKey] = position;
        }
    }
}
