using RadAi.Dsl.C4;

namespace RadAi.Dsl.Ai.Stereotypes;

/// <summary>
/// A handle on an element that carries a stereotype. Its facts live in the element's <c>radai:&lt;label&gt;.*</c>
/// properties, so the handle is a typed view: setting a value writes the property at once.
/// Two handles are equal when they refer to the same element (by canonical name) with the same stereotype and facts.
/// </summary>
public class StereotypedElement : IEquatable<StereotypedElement>
{
    internal StereotypedElement(Element element, Stereotype stereotype)
    {
        Element = element;
        Stereotype = stereotype;
    }

    /// <summary>The element.</summary>
    public Element Element { get; }

    /// <summary>The stereotype.</summary>
    public Stereotype Stereotype { get; }

    /// <summary>The element's name.</summary>
    public string Name => Element.Name;

    /// <summary>The value of one of the stereotype's properties (by short key, e.g. "version"), or null.</summary>
    public string? Get(string key) => Element.Properties.GetValueOrDefault(Stereotype.PropertyKey(key));

    /// <summary>Sets one of the stereotype's properties (by short key); null or empty removes it.</summary>
    /// <exception cref="ArgumentException">The key is empty.</exception>
    public StereotypedElement Set(string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(key)) throw new ArgumentException($"A property of {this} needs a key.", nameof(key));
        Element.Properties.Set(Stereotype.PropertyKey(key), value?.Trim());
        return this;
    }

    /// <summary>The stereotype's properties this element carries (short key, value): required ones first, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Facts
    {
        get
        {
            var prefix = Stereotype.PropertyKey(string.Empty);
            var all = Element.Properties.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal))
                .Select(p => new KeyValuePair<string, string>(p.Key[prefix.Length..], p.Value)).ToList();
            var order = Stereotype.RequiredProperties.Select(p => p.Key).ToList();
            return all.OrderBy(p => order.IndexOf(p.Key) is var i && i < 0 ? int.MaxValue : i).ThenBy(p => all.IndexOf(p)).ToList();
        }
    }

    /// <summary>Required properties the element does not carry yet (computed ones like feature-store consumers are not listed).</summary>
    public IReadOnlyList<StereotypeProperty> MissingProperties
        => Stereotype.RequiredProperties.Where(p => Get(p.Key) is null).ToList();

    /// <summary>Elements whose data flows into this one (see <see cref="DataFlow"/>).</summary>
    public IReadOnlyList<Element> Upstream => DataFlow.UpstreamOf(Element);

    /// <summary>Elements consuming this one's output (see <see cref="DataFlow"/>).</summary>
    public IReadOnlyList<Element> Downstream => DataFlow.DownstreamOf(Element);

    /// <summary>Adds a relationship from this element (see <see cref="StaticStructureElement.Uses"/>).</summary>
    /// <exception cref="InvalidOperationException">Either element is not a static structure element (person, system, container, component).</exception>
    public Relationship Uses(ElementRef destination, string? description = null, string? technology = null,
        InteractionStyle? interactionStyle = null, params string[] tags)
        => Static(Element).Uses(Static(destination.Element), description, technology, interactionStyle, tags);

    private static StaticStructureElement Static(Element element) => element as StaticStructureElement
        ?? throw new InvalidOperationException($"'{element.Name}' is not a person, software system, container or component, so it cannot have uses-relationships.");

    /// <inheritdoc/>
    public bool Equals(StereotypedElement? other)
        => other is not null && new ElementRef(Element) == new ElementRef(other.Element)
           && Stereotype.Name == other.Stereotype.Name && Facts.SequenceEqual(other.Facts);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StereotypedElement);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Element.CanonicalName, Stereotype.Name);

    /// <summary>"Recommendation Models [ML]".</summary>
    public override string ToString() => Element.Name + " " + Stereotype.BracketLabel;

    internal static string JoinList(IEnumerable<string> items, string what)
    {
        var list = items.Select(i => i?.Trim() ?? string.Empty).ToList();
        foreach (var item in list)
            if (item.Length == 0 || item.Contains(';', StringComparison.Ordinal))
                throw new ArgumentException($"{what} item '{item}' must be non-empty and contain no ';' (the list separator).");
        return string.Join("; ", list);
    }

    internal static IReadOnlyList<string> SplitList(string? value)
        => value is null ? [] : value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
