using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>An element with the &lt;&lt;ML Model&gt;&gt; stereotype: version, primary metric, confidence range, latency.</summary>
/// <example><code>var rec = platform.AddMlModel("Recommendation Models", "Ensemble CF + DNN + GNN", "PyTorch").WithVersion("12.4");
/// string? version = rec.Stereotyped&lt;MlModel&gt;()?.Version; // "12.4"</code></example>
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

    /// <summary>The model's quality metrics as written, in order ("precision 0.91", "recall 0.87", "MAE 2.1 min"); empty when none is stated.</summary>
    /// <exception cref="FormatException">A stored item is not a quantity; the message names the element and the property.</exception>
    public IReadOnlyList<Quantity> QualityMetrics => Read<IReadOnlyList<Quantity>>("qualityMetrics") ?? [];

    private protected override IReadOnlyList<(string Key, Func<string, object> Parse)> TypedFacts => Parsers;

    private static readonly (string, Func<string, object>)[] Parsers =
        [("primaryMetric", MetricValue.Parse), ("confidence", ConfidenceRange.Parse), ("latency", LatencyTarget.Parse),
         ("qualityMetrics", s => SplitList(s).Select(Quantity.Parse).ToList())];
}
