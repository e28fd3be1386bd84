using System.Globalization;
using RadAi.Dsl.C4;

namespace RadAi.Dsl.Ai.Stereotypes;

/// <summary>An element with the &lt;&lt;Feature Store&gt;&gt; stereotype: feature count, refresh rate; consumers come from relationships.</summary>
public sealed class FeatureStore : StereotypedElement
{
    internal FeatureStore(Element element) : base(element, Stereotype.FeatureStore) { }

    /// <summary>The number of managed features (a lower bound when <see cref="FeatureCountIsLowerBound"/>).</summary>
    public int? FeatureCount => Get("featureCount") is { } v ? ParseFeatureCount(v).Count : null;

    /// <summary>Whether the count is "N+".</summary>
    public bool FeatureCountIsLowerBound => Get("featureCount") is { } v && ParseFeatureCount(v).AtLeast;

    /// <summary>A stored feature count: "1200" or "1000+" (at least).</summary>
    internal static (int Count, bool AtLeast) ParseFeatureCount(string stored)
        => (int.Parse(stored.TrimEnd('+'), NumberStyles.Integer, CultureInfo.InvariantCulture), stored.EndsWith('+'));

    /// <summary>How often features are refreshed (often per mode: "online continuous, offline daily").</summary>
    public Freshness? Refresh => Get("refresh") is { } v ? Freshness.Parse(v) : null;

    /// <summary>Models and services consuming the features (computed from relationships).</summary>
    public IReadOnlyList<Element> Consumers => Downstream;

    /// <summary>Sets the feature count ("1000+" when <paramref name="atLeast"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative count.</exception>
    public FeatureStore WithFeatureCount(int count, bool atLeast = false)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, $"Feature count of {Name} must not be negative.");
        Set("featureCount", count.ToString(CultureInfo.InvariantCulture) + (atLeast ? "+" : string.Empty));
        return this;
    }

    /// <summary>Sets the refresh rate.</summary>
    public FeatureStore WithRefresh(Freshness refresh)
    {
        ArgumentNullException.ThrowIfNull(refresh);
        Set("refresh", refresh.ToString());
        return this;
    }
}
