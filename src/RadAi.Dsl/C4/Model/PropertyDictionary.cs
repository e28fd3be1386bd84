using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace RadAi.Dsl.C4;

/// <summary>
/// Name/value properties of a workspace, element, relationship, view or style.
/// Insertion order is kept so that output is deterministic and a read-then-write round trip is byte-identical.
/// </summary>
public sealed class PropertyDictionary : IReadOnlyDictionary<string, string>
{
    private readonly OrderedDictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>Gets or sets a property. Setting replaces the value but keeps the original position.</summary>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public string this[string key]
    {
        get => _values[key];
        set => Set(key, value);
    }

    /// <summary>Sets a property; a null or empty value removes it (Structurizr omits empty values).</summary>
    /// <example><code>element.Properties.Set("owner", "team-a");</code></example>
    public PropertyDictionary Set(string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(key)) throw new ArgumentException("A property name must not be empty.", nameof(key));
        if (string.IsNullOrEmpty(value)) _values.Remove(key);
        else _values[key] = value;
        return this;
    }

    /// <summary>Removes a property; returns false when it was not present.</summary>
    public bool Remove(string key) => _values.Remove(key);

    /// <inheritdoc />
    public IEnumerable<string> Keys => _values.Keys;

    /// <inheritdoc />
    public IEnumerable<string> Values => _values.Values;

    /// <inheritdoc />
    public int Count => _values.Count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value) => _values.TryGetValue(key, out value);

    /// <summary>The value, or null when the property is not set.</summary>
    public string? GetValueOrDefault(string key) => _values.TryGetValue(key, out var v) ? v : null;

    internal void Clear() => _values.Clear();

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
