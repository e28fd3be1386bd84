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

    private OrderedDictionary<string, string> Map => _map ?? Empty;

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
        if (string.IsNullOrEmpty(value)) _map?.Remove(key);
        else (_map ??= new OrderedDictionary<string, string>(StringComparer.Ordinal))[key] = value;
        return this;
    }

    /// <summary>Removes a property; returns false when it was not present.</summary>
    public bool Remove(string key) => _map?.Remove(key) ?? false;

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

    internal void Clear() => _map?.Clear();

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => Map.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
