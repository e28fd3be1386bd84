using System.Collections;

namespace RadAi.Dsl;

/// <summary>
/// The tags of a model item or view: ordered as added, de-duplicated, trimmed.
/// Structurizr writes them as one comma-joined string.
/// </summary>
public sealed class TagSet : IReadOnlyCollection<string>
{
    // Most items carry two or three tags: a list searched linearly beats a hash set until it grows.
    private const int LinearLimit = 8;

    // Large models hold 100,000s of tag sets that are only ever written back: while _order is null the tags are
    // known only by their canonical joined form (_joined: no blank, untrimmed or repeated part), and the list is
    // built on first use. An empty set has both null.
    private List<string>? _order;
    private HashSet<string>? _lookup;
    private string? _joined;
    // The model of the item the tags belong to, told of every change (it keeps tag-derived answers until then).
    private readonly Model? _owner;

    internal TagSet(Model? owner = null) => _owner = owner;

    /// <inheritdoc />
    public int Count => Order.Count;

    private List<string> Order
    {
        get
        {
            var order = _order;
            if (order is not null) return order;
            // Built aside and published at once, so concurrent readers never see a half-built list.
            order = new List<string>(3);
            if (_joined is { } joined)
            {
                foreach (var part in joined.AsSpan().Split(','))
                    order.Add(part.End.Value - part.Start.Value == joined.Length ? joined : KnownTag(joined.AsSpan()[part]) ?? joined[part]);
            }
            _order = order;
            return order;
        }
    }

    /// <summary>True when the tag is present (exact, case-sensitive match).</summary>
    public bool Contains(string tag) => tag is not null && Has(tag.Trim());

    /// <summary>Adds tags in order, skipping blanks and duplicates. Commas split a value into several tags.</summary>
    /// <example><code>element.Tags.Add("Database", "Existing System");</code></example>
    public void Add(params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        _ = Order;
        var changed = false;
        foreach (var value in tags)
            if (value is not null) changed |= AddSplit(value);
        if (changed) _owner?.TagsChanged();
    }

    /// <summary>Removes a tag; returns false when it was not present.</summary>
    public bool Remove(string tag)
    {
        if (tag is null) return false;
        tag = tag.Trim();
        var order = Order;
        var index = order.IndexOf(tag);
        if (index < 0) return false;
        order.RemoveAt(index);
        _lookup?.Remove(tag);
        _joined = null;
        _owner?.TagsChanged();
        return true;
    }

    /// <summary>The tags joined by commas, as Structurizr JSON stores them.</summary>
    public override string ToString() => _joined ??= _order is null ? string.Empty : string.Join(',', _order);

    /// <summary>Sets the default tags of a new item from their constant joined form (no list until needed).</summary>
    internal void SetDefaults(string canonicalJoined)
    {
        Clear();
        _joined = canonicalJoined;
    }

    internal void ReplaceAll(string? commaSeparated)
    {
        Clear();
        if (string.IsNullOrEmpty(commaSeparated)) return;
        if (IsCanonical(commaSeparated))
        {
            _joined = commaSeparated;
            return;
        }
        _order = new List<string>(3);
        AddSplit(commaSeparated);
        // Keep the string read when it is already the canonical form: writing it back then allocates nothing.
        // Every part kept (none blank or repeated) and no length lost to trimming: the joined form is the input.
        if (_order.Count == commaSeparated.AsSpan().Count(',') + 1 && commaSeparated.Length == JoinedLength()) _joined = commaSeparated;
    }

    internal void ReplaceAll(IEnumerable<string> tags)
    {
        Clear();
        foreach (var t in tags) Add(t);
    }

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator() => Order.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Clear()
    {
        _order = null;
        _lookup = null;
        _joined = null;
    }

    private bool Has(string tag) => _lookup?.Contains(tag) ?? Order.Contains(tag);

    /// <summary>
    /// True when the value is already the joined form of its tags: every part non-blank, untrimmed and not repeated.
    /// Checked without allocating; long lists answer false and go through the list (which keeps the value as well).
    /// </summary>
    internal static bool IsCanonical(string value)
    {
        // A reader passes the same few tag strings (one instance each) for item after item: the last one found
        // canonical is remembered (per thread, as the answer for one immutable string never changes).
        if (ReferenceEquals(value, t_lastCanonical)) return true;
        if (!IsCanonicalText(value)) return false;
        t_lastCanonical = value;
        return true;
    }

    [ThreadStatic] private static string? t_lastCanonical;

    private static bool IsCanonicalText(string value)
    {
        const int MaxParts = LinearLimit;
        Span<Range> parts = stackalloc Range[MaxParts + 1];
        var span = value.AsSpan();
        var count = span.Split(parts, ',');
        if (count > MaxParts) return false;
        for (var i = 0; i < count; i++)
        {
            var part = span[parts[i]];
            if (part.Length == 0 || char.IsWhiteSpace(part[0]) || char.IsWhiteSpace(part[^1])) return false;
            for (var j = 0; j < i; j++)
                if (part.SequenceEqual(span[parts[j]])) return false;
        }
        return true;
    }

    private bool AddSplit(string value)
    {
        var order = _order!;
        var changed = false;
        var rest = value.AsSpan();
        while (true)
        {
            var comma = rest.IndexOf(',');
            var part = (comma < 0 ? rest : rest[..comma]).Trim();
            if (part.Length > 0)
            {
                // Whole-value tags and the default tags need no new string.
                var tag = part.Length == value.Length ? value : KnownTag(part) ?? part.ToString();
                if (!(_lookup?.Contains(tag) ?? order.Contains(tag)))
                {
                    order.Add(tag);
                    if (_lookup is not null) _lookup.Add(tag);
                    else if (order.Count > LinearLimit) _lookup = new HashSet<string>(order, StringComparer.Ordinal);
                    _joined = null;
                    changed = true;
                }
            }
            if (comma < 0) return changed;
            rest = rest[(comma + 1)..];
        }
    }

    private int JoinedLength()
    {
        var length = _order!.Count - 1;
        foreach (var t in _order) length += t.Length;
        return length;
    }

    private static string? KnownTag(ReadOnlySpan<char> tag) => tag switch
    {
        Dsl.Tags.Element => Dsl.Tags.Element,
        Dsl.Tags.Person => Dsl.Tags.Person,
        Dsl.Tags.SoftwareSystem => Dsl.Tags.SoftwareSystem,
        Dsl.Tags.Container => Dsl.Tags.Container,
        Dsl.Tags.Component => Dsl.Tags.Component,
        Dsl.Tags.DeploymentNode => Dsl.Tags.DeploymentNode,
        Dsl.Tags.InfrastructureNode => Dsl.Tags.InfrastructureNode,
        Dsl.Tags.SoftwareSystemInstance => Dsl.Tags.SoftwareSystemInstance,
        Dsl.Tags.ContainerInstance => Dsl.Tags.ContainerInstance,
        Dsl.Tags.Relationship => Dsl.Tags.Relationship,
        Dsl.Tags.Synchronous => Dsl.Tags.Synchronous,
        Dsl.Tags.Asynchronous => Dsl.Tags.Asynchronous,
        _ => null,
    };
}
