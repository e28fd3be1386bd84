using System.Globalization;
using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>An element with the &lt;&lt;Feature Store&gt;&gt; stereotype: feature count, refresh rate; consumers come from relationships.</summary>
public sealed class FeatureStore : StereotypedElement
{
    internal FeatureStore(Element element) : base(element, Stereotype.FeatureStore) { }

    /// <summary>The number of managed features (a lower bound when <see cref="FeatureCountIsLowerBound"/>).</summary>
    /// <exception cref="FormatException">The stored text is not a whole number (with an optional "+"); the message names the element and the property.</exception>
    public int? FeatureCount => ReadValue<(int Count, bool AtLeast)>("featureCount")?.Count;

    /// <summary>Whether the count is "N+".</summary>
    /// <exception cref="FormatException">The stored text is not a whole number (with an optional "+"); the message names the element and the property.</exception>
    public bool FeatureCountIsLowerBound => ReadValue<(int Count, bool AtLeast)>("featureCount")?.AtLeast ?? false;

    /// <summary>A stored feature count: "1200" or "1000+" (at least).</summary>
    /// <exception cref="FormatException">Not a whole number from 0 to <see cref="int.MaxValue"/>, with an optional "+".</exception>
    internal static (int Count, bool AtLeast) ParseFeatureCount(string stored)
    {
        var text = stored.Trim();
        var atLeast = text.EndsWith('+');
        return int.TryParse(atLeast ? text[..^1] : text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var count)
            ? (count, atLeast)
            : throw new FormatException($"'{stored}' is not a feature count; write a whole number such as \"1200\", or \"1000+\" for at least 1000.");
    }

    /// <summary>How often features are refreshed (often per mode: "online continuous, offline daily").</summary>
    public Freshness? Refresh => Read<Freshness>("refresh");

    private protected override IReadOnlyList<(string Key, Func<string, object> Parse)> TypedFacts => Parsers;

    private static readonly (string, Func<string, object>)[] Parsers = [("featureCount", s => ParseFeatureCount(s)), ("refresh", Freshness.ReadStored)];

    /// <summary>Models and services consuming the features (computed from relationships).</summary>
    public IReadOnlyList<Element> Consumers => Downstream;
}
