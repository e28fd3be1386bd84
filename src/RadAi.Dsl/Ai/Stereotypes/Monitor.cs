using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>An element with the &lt;&lt;Monitor&gt;&gt; stereotype: metrics tracked, alert thresholds.</summary>
public sealed class Monitor : StereotypedElement
{
    internal Monitor(Element element) : base(element, Stereotype.Monitor) { }

    /// <summary>What the monitor observes, in order.</summary>
    public IReadOnlyList<string> Metrics => SplitList(Get("metrics"));

    /// <summary>The conditions that fire alerts, in order.</summary>
    public IReadOnlyList<Threshold> AlertThresholds => SplitList(Get("alertThresholds")).Select(Threshold.ReadStored).ToList();

    /// <summary>Sets the metrics tracked.</summary>
    /// <exception cref="ArgumentException">An item is empty or contains ';'.</exception>
    public Monitor WithMetrics(params string[] metrics)
    {
        Set("metrics", JoinList(metrics, $"Metric of {Name}"));
        return this;
    }

    /// <summary>Sets the alert thresholds.</summary>
    /// <exception cref="ArgumentException">A threshold's text contains ';'.</exception>
    public Monitor WithAlertThresholds(params Threshold[] thresholds)
    {
        Set("alertThresholds", JoinList(thresholds.Select(t => t.ToString()), $"Alert threshold of {Name}"));
        return this;
    }
}
