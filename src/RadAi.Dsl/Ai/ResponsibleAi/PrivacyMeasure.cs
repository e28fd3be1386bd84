namespace RadAi.Dsl;

/// <summary>
/// A privacy-by-design measure (E4 privacy): the principle it serves, how it is built in, and where. Only the name is
/// required; a fact not stated renders as such.
/// </summary>
public sealed record PrivacyMeasure
{
    /// <summary>The measure, e.g. "Pseudonymous member keys".</summary>
    public required string Name { get; init; }

    /// <summary>The principle it serves as written, e.g. "data minimisation" or "purpose limitation".</summary>
    public string? Principle { get; init; }

    /// <summary>How it is built in.</summary>
    public string? Implementation { get; init; }

    /// <summary>The components it applies to, when modelled.</summary>
    public EquatableList<ElementRef> Components { get; init; } = [];

    /// <summary>Who owns it.</summary>
    public string? Owner { get; init; }
}
