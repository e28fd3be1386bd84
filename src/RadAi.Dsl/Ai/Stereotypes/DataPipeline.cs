using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>An element with the &lt;&lt;Data Pipeline&gt;&gt; stereotype: schedule, SLA, quality gates.</summary>
public sealed class DataPipeline : StereotypedElement
{
    internal DataPipeline(Element element) : base(element, Stereotype.DataPipeline) { }

    /// <summary>When it runs: a cadence, continuous, on demand or on an event (text that is none of them is kept as words).</summary>
    public Freshness? Schedule => Read<Freshness>("schedule");

    /// <summary>Its latency or freshness commitment, e.g. "&lt; 5 s from raw event" (kept as words when it is not typed).</summary>
    public Freshness? Sla => Read<Freshness>("sla");

    private protected override IReadOnlyList<(string Key, Func<string, object> Parse)> TypedFacts => Parsers;

    private static readonly (string, Func<string, object>)[] Parsers = [("schedule", Freshness.ReadStored), ("sla", Freshness.ReadStored)];

    /// <summary>The quality gates applied, in order.</summary>
    public IReadOnlyList<string> QualityGates => SplitList(Get("qualityGates"));
}
