using System.Collections;
using System.Runtime.CompilerServices;

namespace RadAi.Dsl;

/// <summary>
/// An immutable list that compares by value and in order, so records holding lists keep value equality
/// (a plain <see cref="List{T}"/> in a record compares by reference).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <example><code>EquatableList&lt;string&gt; owners = ["ML Platform", "SRE"];</code></example>
[CollectionBuilder(typeof(EquatableList), nameof(EquatableList.Create))]
public sealed class EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    private readonly T[] _items;

    internal static readonly EquatableList<T> Empty = new([]);

    internal EquatableList(T[] items) => _items = items;

    /// <inheritdoc/>
    public T this[int index] => _items[index];

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <summary>Value equality: same length and equal items in the same order.</summary>
    public bool Equals(EquatableList<T>? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (other._items.Length != _items.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
            if (!comparer.Equals(_items[i], other._items[i])) return false;
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EquatableList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items) hash.Add(item);
        return hash.ToHashCode();
    }

    /// <summary>The items joined with ", ".</summary>
    public override string ToString() => string.Join(", ", _items);

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

}

/// <summary>Factory methods for <see cref="EquatableList{T}"/> (used by collection expressions).</summary>
public static class EquatableList
{
    /// <summary>Creates a list from the given items (copied).</summary>
    public static EquatableList<T> Create<T>(ReadOnlySpan<T> items) => items.IsEmpty ? EquatableList<T>.Empty : new(items.ToArray());

    /// <summary>Creates a list from a sequence (copied); null gives the empty list.</summary>
    public static EquatableList<T> From<T>(IEnumerable<T>? items)
    {
        if (items is null) return EquatableList<T>.Empty;
        var array = items.ToArray();
        return array.Length == 0 ? EquatableList<T>.Empty : new(array);
    }
}
