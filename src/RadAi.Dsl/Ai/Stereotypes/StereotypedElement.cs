using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// A handle on an element that carries a stereotype. Its facts live in the element's <c>radai:&lt;label&gt;.*</c>
/// properties, so the handle is a typed view of them; the facts are stated on the element itself (<see cref="StereotypeFacts"/>).
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
    /// <exception cref="ModelException">The key is empty.</exception>
    public StereotypedElement Set(string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(key)) throw new ModelException($"A property of {this} needs a key.");
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

    /// <summary>The facts this element carries that are read as typed values (not blank), in the stereotype's order.</summary>
    internal IEnumerable<(string Key, string Stored)> TypedFactTexts
    {
        get
        {
            foreach (var (key, _) in TypedFacts)
                if (Stored(key) is { } stored) yield return (key, stored);
        }
    }

    /// <summary>
    /// Why <paramref name="stored"/> does not read as the typed value of the fact <paramref name="key"/> (the typed getter
    /// would throw), or null when it reads or the fact is not a typed one. It depends only on the stereotype, the key and the text.
    /// </summary>
    internal string? Problem(string key, string stored)
    {
        if (!TypedFacts.Any(f => f.Key == key)) return null;
        try
        {
            Parse(key, stored);
            return null;
        }
        catch (FormatException e) when (e.InnerException is { } failure)
        {
            return Reason(failure, stored);
        }
    }

    /// <summary>The facts this kind of element reads as typed values: each short key with the parser of its stored text.</summary>
    private protected virtual IReadOnlyList<(string Key, Func<string, object> Parse)> TypedFacts => [];

    /// <summary>A typed fact (<see cref="TypedFacts"/>): null when the element does not carry it.</summary>
    /// <exception cref="FormatException">The stored text cannot be read; the message names the element, the property and the text.</exception>
    private protected T? Read<T>(string key) where T : class => Stored(key) is { } stored ? (T)Parse(key, stored) : null;

    /// <summary>A typed fact (<see cref="TypedFacts"/>) of a value type: null when the element does not carry it.</summary>
    /// <exception cref="FormatException">The stored text cannot be read; the message names the element, the property and the text.</exception>
    private protected T? ReadValue<T>(string key) where T : struct => Stored(key) is { } stored ? (T)Parse(key, stored) : null;

    // A blank value is a missing one (RADAI101), not a malformed one.
    private string? Stored(string key) => Get(key) is { } stored && !string.IsNullOrWhiteSpace(stored) ? stored : null;

    private object Parse(string key, string stored)
    {
        var parse = TypedFacts.First(f => f.Key == key).Parse;
        try
        {
            return parse(stored);
        }
        // The value types' parsers and constructors throw these for text that does not read (a count too large, a range outside [0, 1]).
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            throw new FormatException($"{Element.CanonicalName}: {Stereotype.PropertyKey(key)} = \"{Quoted(stored)}\" cannot be read: {Reason(e, stored)}", e);
        }
    }

    // The parser's own words, without the parameter name and actual value an ArgumentException appends, and with a long
    // stored text shortened where they quote it.
    private static string Reason(Exception e, string stored)
    {
        var message = ExceptionWords.Of(e);
        return stored.Length > QuotedLength ? message.Replace(stored, Quoted(stored), StringComparison.Ordinal) : message;
    }

    /// <summary>A stored text as a message quotes it: at most <see cref="QuotedLength"/> characters, cut with "…".</summary>
    internal static string Quoted(string stored) => stored.Length <= QuotedLength ? stored : string.Concat(stored.AsSpan(0, QuotedLength - 1), "…");

    private const int QuotedLength = 80;

    /// <summary>Required properties the element does not carry yet (computed ones like feature-store consumers are not listed).</summary>
    public IReadOnlyList<StereotypeProperty> MissingProperties
        => Stereotype.RequiredProperties.Where(p => Get(p.Key) is null).ToList();

    /// <summary>Elements whose data flows into this one (see <see cref="DataFlow"/>).</summary>
    public IReadOnlyList<Element> Upstream => DataFlow.UpstreamOf(Element);

    /// <summary>Elements consuming this one's output (see <see cref="DataFlow"/>).</summary>
    public IReadOnlyList<Element> Downstream => DataFlow.DownstreamOf(Element);

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
                throw new ModelException($"{what} item '{item}' must be non-empty and contain no ';' (the list separator).");
        return string.Join("; ", list);
    }

    internal static IReadOnlyList<string> SplitList(string? value)
        => value is null ? [] : value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
