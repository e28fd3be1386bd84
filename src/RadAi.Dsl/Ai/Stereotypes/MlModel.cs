using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>An element with the &lt;&lt;ML Model&gt;&gt; stereotype: version, primary metric, confidence range, latency.</summary>
/// <example><code>var rec = platform.AddMlModel("Recommendation Models", "Ensemble CF + DNN + GNN", "PyTorch")
///     .WithVersion("12.4").WithPrimaryMetric("NDCG", "0.41").WithConfidence(0.60, 0.98).WithLatency(TimeSpan.FromMilliseconds(250), 95);</code></example>
public sealed class MlModel : StereotypedElement
{
    internal MlModel(Element element) : base(element, Stereotype.MlModel) { }

    /// <summary>The deployed version, e.g. "12.4".</summary>
    public string? Version => Get("version");

    /// <summary>The primary metric and its value.</summary>
    /// <exception cref="FormatException">The stored text is not "name: value"; the message names the element and the property.</exception>
    public MetricValue? PrimaryMetric => Read<MetricValue>("primaryMetric");

    /// <summary>The expected confidence range.</summary>
    /// <exception cref="FormatException">The stored text is not a range within [0, 1]; the message names the element and the property.</exception>
    public ConfidenceRange? Confidence => Read<ConfidenceRange>("confidence");

    /// <summary>The serving latency target.</summary>
    /// <exception cref="FormatException">The stored text is not a latency target; the message names the element and the property.</exception>
    public LatencyTarget? Latency => Read<LatencyTarget>("latency");

    private protected override IReadOnlyList<(string Key, Func<string, object> Parse)> TypedFacts => Parsers;

    private static readonly (string, Func<string, object>)[] Parsers =
        [("primaryMetric", MetricValue.Parse), ("confidence", ConfidenceRange.Parse), ("latency", LatencyTarget.Parse)];

    /// <summary>Sets the deployed version.</summary>
    public MlModel WithVersion(string version) => Fluent("version", version);

    /// <summary>Sets the primary metric.</summary>
    public MlModel WithPrimaryMetric(string name, string value) => Fluent("primaryMetric", new MetricValue(name, value).ToString());

    /// <summary>Sets the primary metric.</summary>
    public MlModel WithPrimaryMetric(MetricValue metric) => Fluent("primaryMetric", (metric ?? throw new ArgumentNullException(nameof(metric))).ToString());

    /// <summary>Sets the confidence range (within [0, 1], min not above max).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Out of [0, 1] or min above max.</exception>
    public MlModel WithConfidence(double min, double max) => Fluent("confidence", new ConfidenceRange(min, max).ToString());

    /// <summary>Sets the latency target, e.g. P95 &lt; 250 ms.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative latency.</exception>
    public MlModel WithLatency(TimeSpan limit, int? percentile = null) => Fluent("latency", new LatencyTarget(limit, percentile).ToString());

    private MlModel Fluent(string key, string value)
    {
        Set(key, value);
        return this;
    }
}
