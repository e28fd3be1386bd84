using System.Globalization;
using System.Text;
using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// The short annotation of each stereotyped element, as the stereotype's guidelines ask for: version, metric and
/// confidence of a model; schedule and SLA of a pipeline; features and refresh of a feature store; what a monitor
/// watches; when a human steps in. Custom stereotypes show their properties as "key: value". Made once per element
/// and rendering (three documents show it).
/// </summary>
/// <remarks>
/// Each part is the stored fact parsed and written back in its normal form ("P95 &lt; 250 ms", "SLA &lt; 5 minutes"); a
/// fact that does not read is shown as written ("confidence: high"), never dropped or guessed.
/// Parsing (regular expressions, substrings, records) cost about a kilobyte per element, while a model repeats the same
/// few fact texts across thousands of elements: so each part is made once per distinct stored text and fact.
/// </remarks>
internal sealed class StereotypeAnnotations
{
    private readonly Dictionary<Element, string?> _byElement = [];
    private readonly Dictionary<(string Key, string Stored), string?> _parts = [];
    private readonly StringBuilder _text = new();

    /// <summary>The element's annotation ("v12.4, NDCG: 0.41, confidence 0.60–0.98, P95 &lt; 250 ms"), or null when it has none.</summary>
    public string? Of(StereotypedElement element)
    {
        if (_byElement.TryGetValue(element.Element, out var known)) return known;
        _text.Clear();
        if (element is MlModel or DataPipeline or FeatureStore or Monitor or HumanInTheLoop)
        {
            // The framework's facts of the stereotype, in its order, each parsed and written back (Part).
            foreach (var property in element.Stereotype.RequiredProperties) Add(element, property.Key);
            // A model may state several quality metrics beyond its primary one.
            if (element is MlModel) Add(element, "qualityMetrics");
        }
        else
        {
            foreach (var (key, value) in element.Facts)
            {
                // "key: value" is never blank: every fact is shown.
                if (_text.Length > 0) _text.Append(", ");
                _text.Append(key).Append(": ").Append(value);
            }
        }
        var text = _text.Length == 0 ? null : _text.ToString();
        _byElement[element.Element] = text;
        return text;
    }

    /// <summary>The longest key fact a diagram node shows; a longer one is left to the tables.</summary>
    internal const int KeyFactLength = 32;

    /// <summary>
    /// The one fact a diagram node shows ("v12.4", "12 features", "3 metrics"): the first of the stereotype's
    /// required facts the element states that is short (a list shows its count), or for a custom stereotype its
    /// first short fact as "key: value"; null when none is short enough. The full annotation lives in the tables.
    /// </summary>
    public static string? KeyFactOf(StereotypedElement element)
    {
        if (element is MlModel or DataPipeline or FeatureStore or Monitor or HumanInTheLoop)
        {
            foreach (var property in element.Stereotype.RequiredProperties)
            {
                if (element.Get(property.Key) is not { } stored || string.IsNullOrWhiteSpace(stored)) continue;
                var fact = property.Key == "metrics" && element.Problem(property.Key, stored) is null
                    ? Words.Count(StereotypedElement.SplitList(stored).Count, "metric")
                    : Part(element, property.Key, stored);
                if (fact is { Length: > 0 and <= KeyFactLength }) return fact;
            }
            return null;
        }
        foreach (var (key, value) in element.Facts)
            if (key.Length + 2 + value.Length <= KeyFactLength) return key + ": " + value;
        return null;
    }

    private void Add(StereotypedElement element, string key)
    {
        // A fact the element does not carry (or carries blank) shows nothing, whatever its kind.
        if (element.Get(key) is not { } stored || string.IsNullOrWhiteSpace(stored)) return;
        if (!_parts.TryGetValue((key, stored), out var part)) _parts[(key, stored)] = part = Part(element, key, stored);
        if (string.IsNullOrWhiteSpace(part)) return;
        if (_text.Length > 0) _text.Append(", ");
        _text.Append(part);
    }

    /// <summary>One part of an annotation, from the stored text of a fact (by its property key; the typed accessors' parsing, written back).</summary>
    internal static string? Part(string key, string stored) => key switch
    {
        "version" => "v" + stored.TrimStart('v', 'V'),
        "primaryMetric" => MetricValue.Parse(stored).ToString(),
        "confidence" => "confidence " + ConfidenceRange.Parse(stored),
        "latency" => LatencyTarget.Parse(stored).ToString(),
        "schedule" => Freshness.ReadStored(stored).ToString(),
        "sla" => "SLA " + Freshness.ReadStored(stored),
        "qualityGates" => StereotypedElement.SplitList(stored).Count is var gates and > 0 ? Words.Count(gates, "quality gate") : null,
        "featureCount" => Features(FeatureStore.ParseFeatureCount(stored)),
        "refresh" => "refresh " + Freshness.ReadStored(stored),
        "metrics" => RadAiText.List(StereotypedElement.SplitList(stored)),
        "alertThresholds" => RadAiText.List(StereotypedElement.SplitList(stored).Select(t => Threshold.ReadStored(t).ToString())) is { } t ? "alerts: " + t : null,
        "trigger" => "trigger: " + stored,
        "responseSla" => "response " + StatedWords.Within(StatedValue.ReadStored(stored)),
        "qualityMetrics" => RadAiText.List(StereotypedElement.SplitList(stored).Select(m => Quantity.Parse(m).Text)),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a fact an annotation shows."),
    };

    /// <summary>The part of one fact of an element ("confidence 0.60–0.98", or "confidence: high" as written), or null when it has none.</summary>
    internal static string? Part(StereotypedElement element, string key)
        => element.Get(key) is { } stored && !string.IsNullOrWhiteSpace(stored) ? Part(element, key, stored) : null;

    // A fact that does not read as its typed value is shown as stored.
    private static string? Part(StereotypedElement element, string key, string stored)
        => element.Problem(key, stored) is null ? Part(key, stored) : key + ": " + stored.Trim();

    private static string Features((int Count, bool AtLeast) features)
        => features.Count.ToString(CultureInfo.InvariantCulture) + (features.AtLeast ? "+" : string.Empty) + " features";
}
