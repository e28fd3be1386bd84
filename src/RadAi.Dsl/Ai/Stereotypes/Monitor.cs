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
}
