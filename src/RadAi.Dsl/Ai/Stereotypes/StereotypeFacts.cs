using System.Globalization;
using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// The facts of the built-in stereotypes, stated on the container or component itself; each returns the element, so
/// calls chain. A fact belongs to one stereotype: stating it on an element without that stereotype is a building
/// mistake (<see cref="ModelException"/>). Read the facts back through the handle (<see cref="StereotypeExtensions.Stereotyped{THandle}"/>).
/// </summary>
/// <example><code>var rec = platform.AddMlModel("Recommendation Models", "Ensemble CF + DNN + GNN", "PyTorch")
///     .WithVersion("12.4").WithPrimaryMetric("NDCG", "0.41").WithConfidence(0.60, 0.98).WithLatency(TimeSpan.FromMilliseconds(250), 95);
/// rec.Group = "AI Models";</code></example>
public static class StereotypeFacts
{
    /// <summary>Sets one property of the element's stereotype (by short key, e.g. "provider"); null or empty removes it. For stereotypes of your own.</summary>
    /// <exception cref="ModelException">The element carries no stereotype; or the key is empty.</exception>
    public static TElement WithFact<TElement>(this TElement element, string key, string? value) where TElement : Element
    {
        ArgumentNullException.ThrowIfNull(element);
        var handle = element.Stereotyped()
            ?? throw new ModelException($"'{element.Name}' carries no stereotype; add it with AddStereotyped or call ApplyStereotype first.");
        handle.Set(key, value);
        return element;
    }

    /// <summary>Sets the deployed version of an &lt;&lt;ML Model&gt;&gt;, e.g. "12.4".</summary>
    /// <exception cref="ModelException">The element is not an &lt;&lt;ML Model&gt;&gt;.</exception>
    public static TElement WithVersion<TElement>(this TElement element, string version) where TElement : Element
        => Set(element, MlModel(element), "version", version);

    /// <summary>Sets the primary metric of an &lt;&lt;ML Model&gt;&gt;.</summary>
    /// <exception cref="ModelException">The element is not an &lt;&lt;ML Model&gt;&gt;.</exception>
    public static TElement WithPrimaryMetric<TElement>(this TElement element, string name, string value) where TElement : Element
        => element.WithPrimaryMetric(new MetricValue(name, value));

    /// <summary>Sets the primary metric of an &lt;&lt;ML Model&gt;&gt;.</summary>
    /// <exception cref="ModelException">The element is not an &lt;&lt;ML Model&gt;&gt;.</exception>
    public static TElement WithPrimaryMetric<TElement>(this TElement element, MetricValue metric) where TElement : Element
    {
        var model = MlModel(element);
        ArgumentNullException.ThrowIfNull(metric);
        return Set(element, model, "primaryMetric", metric.ToString());
    }

    /// <summary>Sets the confidence range of an &lt;&lt;ML Model&gt;&gt; (within [0, 1], min not above max).</summary>
    /// <exception cref="ModelException">The element is not an &lt;&lt;ML Model&gt;&gt;.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Out of [0, 1] or min above max.</exception>
    public static TElement WithConfidence<TElement>(this TElement element, double min, double max) where TElement : Element
    {
        var model = MlModel(element);
        return Set(element, model, "confidence", new ConfidenceRange(min, max).ToString());
    }

    /// <summary>Sets the serving latency target of an &lt;&lt;ML Model&gt;&gt;, e.g. P95 &lt; 250 ms.</summary>
    /// <exception cref="ModelException">The element is not an &lt;&lt;ML Model&gt;&gt;.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Negative latency.</exception>
    public static TElement WithLatency<TElement>(this TElement element, TimeSpan limit, int? percentile = null) where TElement : Element
    {
        var model = MlModel(element);
        return Set(element, model, "latency", new LatencyTarget(limit, percentile).ToString());
    }

    /// <summary>Sets the schedule of a &lt;&lt;Data Pipeline&gt;&gt;.</summary>
    /// <exception cref="ModelException">The element is not a &lt;&lt;Data Pipeline&gt;&gt;.</exception>
    public static TElement WithSchedule<TElement>(this TElement element, Freshness schedule) where TElement : Element
        => SetFreshness(element, DataPipeline(element), "schedule", schedule);

    /// <summary>Sets the SLA of a &lt;&lt;Data Pipeline&gt;&gt;.</summary>
    /// <exception cref="ModelException">The element is not a &lt;&lt;Data Pipeline&gt;&gt;.</exception>
    public static TElement WithSla<TElement>(this TElement element, Freshness sla) where TElement : Element
        => SetFreshness(element, DataPipeline(element), "sla", sla);

    /// <summary>Makes a &lt;&lt;Data Pipeline&gt;&gt; a continuously running (streaming) one with the given SLA.</summary>
    /// <exception cref="ModelException">The element is not a &lt;&lt;Data Pipeline&gt;&gt;.</exception>
    public static TElement Streaming<TElement>(this TElement element, Freshness sla) where TElement : Element
        => element.WithSchedule(Freshness.Continuous).WithSla(sla);

    /// <summary>Makes a &lt;&lt;Data Pipeline&gt;&gt; a batch one with the given schedule and optional SLA.</summary>
    /// <exception cref="ModelException">The element is not a &lt;&lt;Data Pipeline&gt;&gt;.</exception>
    public static TElement Batch<TElement>(this TElement element, Freshness schedule, Freshness? sla = null) where TElement : Element
    {
        element.WithSchedule(schedule);
        return sla is null ? element : element.WithSla(sla);
    }

    /// <summary>Sets the quality gates of a &lt;&lt;Data Pipeline&gt;&gt;, in order.</summary>
    /// <exception cref="ModelException">The element is not a &lt;&lt;Data Pipeline&gt;&gt;; or a gate is empty or contains ';'.</exception>
    public static TElement WithQualityGates<TElement>(this TElement element, params string[] gates) where TElement : Element
    {
        var pipeline = DataPipeline(element);
        return Set(element, pipeline, "qualityGates", StereotypedElement.JoinList(gates, $"Quality gate of {element.Name}"));
    }

    /// <summary>Sets the feature count of a &lt;&lt;Feature Store&gt;&gt; ("1000+" when <paramref name="atLeast"/>).</summary>
    /// <exception cref="ModelException">The element is not a &lt;&lt;Feature Store&gt;&gt;.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Negative count.</exception>
    public static TElement WithFeatureCount<TElement>(this TElement element, int count, bool atLeast = false) where TElement : Element
    {
        var store = FeatureStore(element);
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, $"Feature count of {element.Name} must not be negative.");
        return Set(element, store, "featureCount", count.ToString(CultureInfo.InvariantCulture) + (atLeast ? "+" : string.Empty));
    }

    /// <summary>Sets how often a &lt;&lt;Feature Store&gt;&gt; refreshes its features.</summary>
    /// <exception cref="ModelException">The element is not a &lt;&lt;Feature Store&gt;&gt;.</exception>
    public static TElement WithRefresh<TElement>(this TElement element, Freshness refresh) where TElement : Element
        => SetFreshness(element, FeatureStore(element), "refresh", refresh);

    /// <summary>Sets the metrics a &lt;&lt;Monitor&gt;&gt; tracks, in order.</summary>
    /// <exception cref="ModelException">The element is not a &lt;&lt;Monitor&gt;&gt;; or an item is empty or contains ';'.</exception>
    public static TElement WithMetrics<TElement>(this TElement element, params string[] metrics) where TElement : Element
    {
        var monitor = Monitor(element);
        return Set(element, monitor, "metrics", StereotypedElement.JoinList(metrics, $"Metric of {element.Name}"));
    }

    /// <summary>Sets the conditions that fire a &lt;&lt;Monitor&gt;&gt;'s alerts, in order.</summary>
    /// <exception cref="ModelException">The element is not a &lt;&lt;Monitor&gt;&gt;; or a threshold's text contains ';'.</exception>
    public static TElement WithAlertThresholds<TElement>(this TElement element, params Threshold[] thresholds) where TElement : Element
    {
        var monitor = Monitor(element);
        ArgumentNullException.ThrowIfNull(thresholds);
        return Set(element, monitor, "alertThresholds", StereotypedElement.JoinList(thresholds.Select(t => t.ToString()), $"Alert threshold of {element.Name}"));
    }

    /// <summary>Sets when a human must intervene in a &lt;&lt;Human-in-the-Loop&gt;&gt;, e.g. "confidence &lt; 0.7".</summary>
    /// <exception cref="ModelException">The element is not a &lt;&lt;Human-in-the-Loop&gt;&gt;.</exception>
    public static TElement WithTrigger<TElement>(this TElement element, string condition) where TElement : Element
        => Set(element, HumanInTheLoop(element), "trigger", condition);

    /// <summary>
    /// Sets the turnaround required for a &lt;&lt;Human-in-the-Loop&gt;&gt;'s decision, as written: a duration
    /// (<c>TimeSpan.FromHours(4)</c>), <c>StatedValue.Parse("P1: 5 min / P2: 30 min")</c> or <c>StatedValue.AsWritten("immediate")</c>.
    /// </summary>
    /// <exception cref="ModelException">The element is not a &lt;&lt;Human-in-the-Loop&gt;&gt;.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Negative SLA.</exception>
    public static TElement WithResponseSla<TElement>(this TElement element, StatedValue sla) where TElement : Element
    {
        var loop = HumanInTheLoop(element);
        ArgumentNullException.ThrowIfNull(sla);
        return Set(element, loop, "responseSla", StatedValue.RequireNonNegative(sla, $"Response SLA of {element.Name}")!.Text);
    }

    /// <summary>Sets the quality metrics of an &lt;&lt;ML Model&gt;&gt;, in order: a model may state several ("precision 0.91", "recall 0.87").</summary>
    /// <exception cref="ModelException">The element is not an &lt;&lt;ML Model&gt;&gt;.</exception>
    /// <exception cref="ArgumentException">A metric's text contains ';' (the list separator).</exception>
    public static TElement WithQualityMetrics<TElement>(this TElement element, params Quantity[] metrics) where TElement : Element
    {
        var model = MlModel(element);
        ArgumentNullException.ThrowIfNull(metrics);
        return Set(element, model, "qualityMetrics", StereotypedElement.JoinList(metrics.Select(m => m.Text), $"Quality metric of {element.Name}"));
    }

    /// <summary>Sets the quality metrics of an &lt;&lt;ML Model&gt;&gt; from their text, each parsed strictly ("AUC 0.94", "MAPE 8 %").</summary>
    /// <exception cref="ModelException">The element is not an &lt;&lt;ML Model&gt;&gt;.</exception>
    /// <exception cref="FormatException">A text is not a quantity; the message names it.</exception>
    public static TElement WithQualityMetrics<TElement>(this TElement element, params string[] metrics) where TElement : Element
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return element.WithQualityMetrics(metrics.Select(Quantity.Parse).ToArray());
    }

    private static MlModel MlModel(Element element) => Require<MlModel>(element, Stereotype.MlModel, "an", "AddMlModel", "AsMlModel");

    private static DataPipeline DataPipeline(Element element) => Require<DataPipeline>(element, Stereotype.DataPipeline, "a", "AddDataPipeline", "AsDataPipeline");

    private static FeatureStore FeatureStore(Element element) => Require<FeatureStore>(element, Stereotype.FeatureStore, "a", "AddFeatureStore", "AsFeatureStore");

    private static Monitor Monitor(Element element) => Require<Monitor>(element, Stereotype.Monitor, "a", "AddMonitor", "AsMonitor");

    private static HumanInTheLoop HumanInTheLoop(Element element) => Require<HumanInTheLoop>(element, Stereotype.HumanInTheLoop, "a", "AddHumanInTheLoop", "AsHumanInTheLoop");

    private static THandle Require<THandle>(Element element, Stereotype stereotype, string article, string add, string make) where THandle : StereotypedElement
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.Stereotyped() as THandle
            ?? throw new ModelException($"'{element.Name}' is not {article} <<{stereotype.Name}>>; add it with {add} or call {make}() first.");
    }

    private static TElement SetFreshness<TElement>(TElement element, StereotypedElement handle, string key, Freshness value) where TElement : Element
    {
        ArgumentNullException.ThrowIfNull(value, key);
        return Set(element, handle, key, value.ToString());
    }

    private static TElement Set<TElement>(TElement element, StereotypedElement handle, string key, string value) where TElement : Element
    {
        handle.Set(key, value);
        return element;
    }
}
