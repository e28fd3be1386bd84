using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace RadAi.Dsl;

/// <summary>
/// Name/value properties of a workspace, element, relationship, view or style.
/// Insertion order is kept so that output is deterministic and a read-then-write round trip is byte-identical.
/// </summary>
public sealed class PropertyDictionary : IReadOnlyDictionary<string, string>
{
    private static readonly OrderedDictionary<string, string> Empty = new(StringComparer.Ordinal);

    // Up to SmallLimit properties live in one array searched linearly, in insertion order: most items have a few, and
    // a large model holds 100,000s of them (an OrderedDictionary costs three objects and about 250 bytes for two).
    // Beyond that they move to _map for good. Both null: no properties yet.
    private const int SmallLimit = 8;
    private KeyValuePair<string, string>[]? _small;
    private int _smallCount;
    // Changed by every change of the small form, so its enumerators fail as OrderedDictionary's do.
    private int _smallVersion;

    private OrderedDictionary<string, string>? _map;

    // The large form (or the empty one); null while the properties are in the small form.
    private OrderedDictionary<string, string>? Map => _small is null ? _map ?? Empty : null;

    /// <summary>Gets or sets a property. Setting replaces the value but keeps the original position.</summary>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public string this[string key]
    {
        get
        {
            if (Map is { } map) return map[key];
            ArgumentNullException.ThrowIfNull(key);
            var i = SmallIndexOf(key);
            return i >= 0 ? _small![i].Value : throw new KeyNotFoundException($"The given key '{key}' was not present in the dictionary.");
        }
        set => Set(key, value);
    }

    /// <summary>Sets a property; a null or empty value removes it (Structurizr omits empty values).</summary>
    /// <example><code>element.Properties.Set("owner", "team-a");</code></example>
    public PropertyDictionary Set(string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(key)) throw new ArgumentException("A property name must not be empty.", nameof(key));
        if (string.IsNullOrEmpty(value)) Remove(key);
        else if (_map is not null) _map[key] = value;
        else SetSmall(key, value);
        return this;
    }

    /// <summary>Removes a property; returns false when it was not present.</summary>
    public bool Remove(string key)
    {
        if (_map is not null) return _map.Remove(key);
        // A null key is refused, as Dictionary refuses it, once anything was stored; with no storage yet there is nothing to remove.
        if (key is null) return _small is null ? false : throw new ArgumentNullException(nameof(key));
        var i = SmallIndexOf(key);
        if (i < 0) return false;
        Array.Copy(_small!, i + 1, _small!, i, _smallCount - i - 1);
        _small![--_smallCount] = default;
        _smallVersion++;
        return true;
    }

    private void SetSmall(string key, string value)
    {
        var i = SmallIndexOf(key);
        if (i >= 0)
        {
            _small![i] = new(_small[i].Key, value); // the key keeps its first instance, as in a dictionary
            _smallVersion++;
            return;
        }
        if (_smallCount == SmallLimit)
        {
            ToMap();
            _map![key] = value;
            return;
        }
        if (_small is null) _small = new KeyValuePair<string, string>[2];
        else if (_smallCount == _small.Length) Array.Resize(ref _small, Math.Min(_small.Length * 2, SmallLimit));
        _small[_smallCount++] = new(key, value);
        _smallVersion++;
    }

    private int SmallIndexOf(string key)
    {
        var small = _small;
        for (var i = 0; i < _smallCount; i++)
            if (string.Equals(small![i].Key, key, StringComparison.Ordinal)) return i;
        return -1;
    }

    /// <summary>Moves the small form, in order, to the OrderedDictionary (where it stays).</summary>
    private void ToMap()
    {
        var map = _map ??= new OrderedDictionary<string, string>(Math.Max(_smallCount, 1), StringComparer.Ordinal);
        for (var i = 0; i < _smallCount; i++) map.Add(_small![i].Key, _small[i].Value);
        _small = null;
        _smallCount = 0;
        _smallVersion++;
    }

    /// <inheritdoc />
    public IEnumerable<string> Keys => Map?.Keys ?? SmallKeys();

    /// <inheritdoc />
    public IEnumerable<string> Values => Map?.Values ?? SmallValues();

    /// <inheritdoc />
    public int Count => Map?.Count ?? _smallCount;

    /// <inheritdoc />
    public bool ContainsKey(string key)
    {
        if (Map is { } map) return map.ContainsKey(key);
        ArgumentNullException.ThrowIfNull(key);
        return SmallIndexOf(key) >= 0;
    }

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        if (Map is { } map) return map.TryGetValue(key, out value);
        ArgumentNullException.ThrowIfNull(key);
        var i = SmallIndexOf(key);
        value = i >= 0 ? _small![i].Value : null;
        return i >= 0;
    }

    /// <summary>The value, or null when the property is not set.</summary>
    public string? GetValueOrDefault(string key) => TryGetValue(key, out var v) ? v : null;

    internal void Clear()
    {
        _map?.Clear();
        if (_small is not null)
        {
            System.Array.Clear(_small);
            _smallCount = 0;
            _smallVersion++;
        }
    }

    /// <summary>
    /// Enumerates the properties in insertion order. A struct, so that a <c>foreach</c> over an item's properties (done
    /// for every item when a large workspace is written) allocates nothing.
    /// </summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<string, string>> IEnumerable<KeyValuePair<string, string>>.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates a <see cref="PropertyDictionary"/> in insertion order; modifying it meanwhile throws, as for any dictionary.</summary>
    public struct Enumerator : IEnumerator<KeyValuePair<string, string>>
    {
        private readonly PropertyDictionary _owner;
        private readonly bool _small;
        private readonly int _version;
        private OrderedDictionary<string, string>.Enumerator _map;
        private int _index;

        internal Enumerator(PropertyDictionary owner)
        {
            _owner = owner;
            var map = owner.Map;
            _small = map is null;
            _map = map?.GetEnumerator() ?? default;
            _version = owner._smallVersion;
            _index = -1;
        }

        /// <inheritdoc />
        public readonly KeyValuePair<string, string> Current => _small ? _owner._small![_index] : _map.Current;

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext()
        {
            if (!_small) return _map.MoveNext();
            if (_version != _owner._smallVersion) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
            return ++_index < _owner._smallCount;
        }

        /// <inheritdoc />
        public readonly void Dispose()
        {
            // Nothing to release: neither form holds resources.
        }

        readonly void IEnumerator.Reset() => throw new NotSupportedException();
    }

    // Live views, as OrderedDictionary's Keys and Values are: they read whichever form holds the properties when enumerated.
    private IEnumerable<string> SmallKeys()
    {
        foreach (var pair in this) yield return pair.Key;
    }

    private IEnumerable<string> SmallValues()
    {
        foreach (var pair in this) yield return pair.Value;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
