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

    /// <summary>Sets the schedule.</summary>
    public DataPipeline WithSchedule(Freshness schedule) => Fluent("schedule", schedule);

    /// <summary>Sets the SLA.</summary>
    public DataPipeline WithSla(Freshness sla) => Fluent("sla", sla);

    /// <summary>A continuously running (streaming) pipeline with the given SLA.</summary>
    public DataPipeline Streaming(Freshness sla) => WithSchedule(Freshness.Continuous).WithSla(sla);

    /// <summary>A batch pipeline with the given schedule and optional SLA.</summary>
    public DataPipeline Batch(Freshness schedule, Freshness? sla = null)
    {
        WithSchedule(schedule);
        return sla is null ? this : WithSla(sla);
    }

    /// <summary>Sets the quality gates.</summary>
    /// <exception cref="ArgumentException">A gate is empty or contains ';'.</exception>
    public DataPipeline WithQualityGates(params string[] gates)
    {
        Set("qualityGates", JoinList(gates, $"Quality gate of {Name}"));
        return this;
    }

    private DataPipeline Fluent(string key, Freshness value)
    {
        ArgumentNullException.ThrowIfNull(value, key);
        Set(key, value.ToString());
        return this;
    }
}
