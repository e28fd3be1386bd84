using System.Globalization;
using System.Text;
using RadAi.Dsl.Ai;
using RadAi.Dsl.Ai.Stereotypes;
using RadAi.Dsl.C4;

namespace RadAi.Dsl.Rendering.Markdown;

/// <summary>
/// The short annotation of each stereotyped element, as the stereotype's guidelines ask for: version, metric and
/// confidence of a model; schedule and SLA of a pipeline; features and refresh of a feature store; what a monitor
/// watches; when a human steps in. Custom stereotypes show their properties as "key: value". Made once per element
/// and rendering (three documents show it).
/// </summary>
/// <remarks>
/// Each part is the stored fact parsed and written back in its normal form ("P95 &lt; 250 ms", "SLA &lt; 5 minutes").
/// Parsing (regular expressions, substrings, records) cost about a kilobyte per element, while a model repeats the same
/// few fact texts across thousands of elements: so each part is made once per distinct stored text and fact.
/// </remarks>
internal sealed class StereotypeAnnotations
{
    private readonly Dictionary<Element, string?> _byElement = [];
    private readonly Dictionary<(AnnotatedFact Fact, string Stored), string?> _parts = [];
    private readonly StringBuilder _text = new();

    /// <summary>The element's annotation ("v12.4, NDCG: 0.41, confidence 0.60–0.98, P95 &lt; 250 ms"), or null when it has none.</summary>
    public string? Of(StereotypedElement element)
    {
        if (_byElement.TryGetValue(element.Element, out var known)) return known;
        _text.Clear();
        switch (element)
        {
            case MlModel:
                Add(element, AnnotatedFact.Version, "version");
                Add(element, AnnotatedFact.PrimaryMetric, "primaryMetric");
                Add(element, AnnotatedFact.Confidence, "confidence");
                Add(element, AnnotatedFact.Latency, "latency");
                break;
            case DataPipeline:
                Add(element, AnnotatedFact.Schedule, "schedule");
                Add(element, AnnotatedFact.Sla, "sla");
                Add(element, AnnotatedFact.QualityGates, "qualityGates");
                break;
            case FeatureStore:
                Add(element, AnnotatedFact.FeatureCount, "featureCount");
                Add(element, AnnotatedFact.Refresh, "refresh");
                break;
            case Ai.Stereotypes.Monitor:
                Add(element, AnnotatedFact.Metrics, "metrics");
                Add(element, AnnotatedFact.AlertThresholds, "alertThresholds");
                break;
            case HumanInTheLoop:
                Add(element, AnnotatedFact.Trigger, "trigger");
                Add(element, AnnotatedFact.ResponseSla, "responseSla");
                break;
            default:
                foreach (var (key, value) in element.Facts)
                {
                    // "key: value" is never blank: every fact is shown.
                    if (_text.Length > 0) _text.Append(", ");
                    _text.Append(key).Append(": ").Append(value);
                }
                break;
        }
        var text = _text.Length == 0 ? null : _text.ToString();
        _byElement[element.Element] = text;
        return text;
    }

    private void Add(StereotypedElement element, AnnotatedFact fact, string key)
    {
        // A fact the element does not carry shows nothing, whatever its kind.
        if (element.Get(key) is not { } stored) return;
        if (!_parts.TryGetValue((fact, stored), out var part)) _parts[(fact, stored)] = part = Part(fact, stored);
        if (string.IsNullOrWhiteSpace(part)) return;
        if (_text.Length > 0) _text.Append(", ");
        _text.Append(part);
    }

    /// <summary>One part of an annotation, from a fact's stored text (the typed accessors' parsing, written back).</summary>
    internal static string? Part(AnnotatedFact fact, string stored) => fact switch
    {
        AnnotatedFact.Version => "v" + stored.TrimStart('v', 'V'),
        AnnotatedFact.PrimaryMetric => MetricValue.Parse(stored).ToString(),
        AnnotatedFact.Confidence => "confidence " + ConfidenceRange.Parse(stored),
        AnnotatedFact.Latency => LatencyTarget.Parse(stored).ToString(),
        AnnotatedFact.Schedule => Freshness.Parse(stored).ToString(),
        AnnotatedFact.Sla => "SLA " + Freshness.Parse(stored),
        AnnotatedFact.QualityGates => StereotypedElement.SplitList(stored).Count is var gates and > 0 ? Words.Count(gates, "quality gate") : null,
        AnnotatedFact.FeatureCount => Features(FeatureStore.ParseFeatureCount(stored)),
        AnnotatedFact.Refresh => "refresh " + Freshness.Parse(stored),
        AnnotatedFact.Metrics => RadAiText.List(StereotypedElement.SplitList(stored)),
        AnnotatedFact.AlertThresholds => RadAiText.List(StereotypedElement.SplitList(stored).Select(t => Threshold.Parse(t).ToString())) is { } t ? "alerts: " + t : null,
        AnnotatedFact.Trigger => "trigger: " + stored,
        AnnotatedFact.ResponseSla => "response within " + Words.Duration(DurationText.Parse(stored)),
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, "Not a fact an annotation shows."),
    };

    private static string Features((int Count, bool AtLeast) features)
        => features.Count.ToString(CultureInfo.InvariantCulture) + (features.AtLeast ? "+" : string.Empty) + " features";

    /// <summary>The facts of the built-in stereotypes that an annotation shows.</summary>
    internal enum AnnotatedFact
    {
        Version,
        PrimaryMetric,
        Confidence,
        Latency,
        Schedule,
        Sla,
        QualityGates,
        FeatureCount,
        Refresh,
        Metrics,
        AlertThresholds,
        Trigger,
        ResponseSla,
    }
}
