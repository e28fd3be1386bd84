using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// A typed reference from a RAD-AI record to a C4 element. Two references are equal when they point at elements
/// with the same canonical name, so a model loaded from JSON into a new workspace equals the one it was saved from.
/// Elements and stereotype handles convert implicitly, so you can write <c>Affects: [flink, amber]</c>.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(ElementRefConverter))] // stored as the canonical name (RadAiJson)
public readonly struct ElementRef : IEquatable<ElementRef>
{
    /// <summary>Wraps an element.</summary>
    /// <exception cref="ArgumentNullException">The element is null.</exception>
    public ElementRef(Element element) => Element = element ?? throw new ArgumentNullException(nameof(element), "A RAD-AI reference needs an element.");

    /// <summary>The referenced element.</summary>
    public Element Element { get; }

    /// <summary>The element's name.</summary>
    public string Name => Element?.Name ?? string.Empty;

    /// <summary>The element's canonical name (how the convention stores the reference).</summary>
    public string CanonicalName => Element?.CanonicalName ?? string.Empty;

    /// <summary>Wraps an element.</summary>
    public static implicit operator ElementRef(Element element) => new(element);

    /// <summary>Wraps the element behind a stereotype handle.</summary>
    public static implicit operator ElementRef(StereotypedElement handle) => new((handle ?? throw new ArgumentNullException(nameof(handle))).Element);

    /// <summary>Wraps an element (named alternative to the implicit conversion).</summary>
    public static ElementRef From(Element element) => new(element);

    /// <inheritdoc/>
    public bool Equals(ElementRef other)
    {
        // The same element is the common case: answer it without building two canonical names.
        if (ReferenceEquals(Element, other.Element)) return true;
        return string.Equals(CanonicalName, other.CanonicalName, StringComparison.Ordinal);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ElementRef other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(CanonicalName);

    /// <summary>The element's name.</summary>
    public override string ToString() => Name;

    /// <summary>Equality operator.</summary>
    public static bool operator ==(ElementRef left, ElementRef right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(ElementRef left, ElementRef right) => !left.Equals(right);
}
