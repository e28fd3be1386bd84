using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace RadAi.Dsl.C4;

/// <summary>
/// Name/value properties of a workspace, element, relationship, view or style.
/// Insertion order is kept so that output is deterministic and a read-then-write round trip is byte-identical.
/// </summary>
public sealed class PropertyDictionary : IReadOnlyDictionary<string, string>
{
    private static readonly OrderedDictionary<string, string> Empty = new(StringComparer.Ordinal);

    // Created on first Set: most items of a large model have no properties.
    private OrderedDictionary<string, string>? _map;

    // Values computed on first read (see SetDeferred): key -> how to compute it. Null when none are pending.
    private Dictionary<string, Func<string?>>? _deferred;

    // Every read goes through here, so a deferred value is computed before anyone can see the dictionary.
    private OrderedDictionary<string, string> Map
    {
        get
        {
            if (_deferred is { Count: > 0 }) ResolveDeferred();
            return _map ?? Empty;
        }
    }

    /// <summary>Gets or sets a property. Setting replaces the value but keeps the original position.</summary>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public string this[string key]
    {
        get => Map[key];
        set => Set(key, value);
    }

    /// <summary>Sets a property; a null or empty value removes it (Structurizr omits empty values).</summary>
    /// <example><code>element.Properties.Set("owner", "team-a");</code></example>
    public PropertyDictionary Set(string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(key)) throw new ArgumentException("A property name must not be empty.", nameof(key));
        _deferred?.Remove(key);
        if (string.IsNullOrEmpty(value)) _map?.Remove(key);
        else (_map ??= new OrderedDictionary<string, string>(StringComparer.Ordinal))[key] = value;
        return this;
    }

    /// <summary>Removes a property; returns false when it was not present.</summary>
    public bool Remove(string key)
    {
        _deferred?.Remove(key);
        return _map?.Remove(key) ?? false;
    }

    /// <summary>
    /// Sets a property whose value is computed when the dictionary is next read (by a serializer, renderer or anyone
    /// else); null or empty then removes it. The property keeps the position of this call, exactly as <see cref="Set"/>
    /// would. Lets a layer above the core keep a large derived value (e.g. a register stored as JSON) up to date
    /// without rewriting it on every change. A later <see cref="Set"/> or <see cref="Remove"/> of the key cancels it.
    /// </summary>
    internal void SetDeferred(string key, Func<string?> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        var map = _map ??= new OrderedDictionary<string, string>(StringComparer.Ordinal);
        // A placeholder fixes the insertion position; it is never visible because every read resolves first.
        if (!map.ContainsKey(key)) map[key] = string.Empty;
        (_deferred ??= new Dictionary<string, Func<string?>>(StringComparer.Ordinal))[key] = compute;
    }

    private void ResolveDeferred()
    {
        // One key at a time, removed before computing: a computation that throws leaves the others pending, and one
        // that reads this dictionary again does not recurse into itself.
        while (_deferred is { Count: > 0 } pending)
        {
            string key;
            Func<string?> compute;
            using (var e = pending.GetEnumerator())
            {
                e.MoveNext();
                (key, compute) = e.Current;
            }
            pending.Remove(key);
            string? value;
            try
            {
                value = compute();
            }
            catch
            {
                _map!.Remove(key); // no half-written placeholder left behind
                throw;
            }
            if (string.IsNullOrEmpty(value)) _map!.Remove(key);
            else _map![key] = value;
        }
    }

    /// <inheritdoc />
    public IEnumerable<string> Keys => Map.Keys;

    /// <inheritdoc />
    public IEnumerable<string> Values => Map.Values;

    /// <inheritdoc />
    public int Count => Map.Count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => Map.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value) => Map.TryGetValue(key, out value);

    /// <summary>The value, or null when the property is not set.</summary>
    public string? GetValueOrDefault(string key) => Map.TryGetValue(key, out var v) ? v : null;

    internal void Clear()
    {
        _deferred = null;
        _map?.Clear();
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => Map.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
