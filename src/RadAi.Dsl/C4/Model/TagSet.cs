using System.Collections;

namespace RadAi.Dsl.C4;

/// <summary>
/// The tags of a model item or view: ordered as added, de-duplicated, trimmed.
/// Structurizr writes them as one comma-joined string.
/// </summary>
public sealed class TagSet : IReadOnlyCollection<string>
{
    private readonly List<string> _order = [];
    private readonly HashSet<string> _lookup = new(StringComparer.Ordinal);
    private readonly Action? _changed;

    internal TagSet(Action? changed = null) => _changed = changed;

    /// <inheritdoc />
    public int Count => _order.Count;

    /// <summary>True when the tag is present (exact, case-sensitive match).</summary>
    public bool Contains(string tag) => tag is not null && _lookup.Contains(tag.Trim());

    /// <summary>Adds tags in order, skipping blanks and duplicates. Commas split a value into several tags.</summary>
    /// <example><code>element.Tags.Add("Database", "Existing System");</code></example>
    public void Add(params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var changed = false;
        foreach (var value in tags)
        {
            if (value is null) continue;
            foreach (var part in value.Split(','))
            {
                var tag = part.Trim();
                if (tag.Length > 0 && _lookup.Add(tag))
                {
                    _order.Add(tag);
                    changed = true;
                }
            }
        }
        if (changed) _changed?.Invoke();
    }

    /// <summary>Removes a tag; returns false when it was not present.</summary>
    public bool Remove(string tag)
    {
        if (tag is null || !_lookup.Remove(tag.Trim())) return false;
        _order.Remove(tag.Trim());
        _changed?.Invoke();
        return true;
    }

    /// <summary>The tags joined by commas, as Structurizr JSON stores them.</summary>
    public override string ToString() => string.Join(',', _order);

    internal void ReplaceAll(string? commaSeparated)
    {
        _order.Clear();
        _lookup.Clear();
        if (!string.IsNullOrEmpty(commaSeparated)) Add(commaSeparated);
    }

    internal void ReplaceAll(IEnumerable<string> tags)
    {
        _order.Clear();
        _lookup.Clear();
        foreach (var t in tags) Add(t);
    }

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator() => _order.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
